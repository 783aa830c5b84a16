"""English topic vocabulary: node slug → {term: weight} (data only).

Read by :mod:`app.extract.topics`, which stems every term with the search stemmer
(:func:`app.search.stem.stem`, language "en", Snowball English) when it loads, so "trade"
matches "trades", "traded", "trading". Forms and weights as in
:mod:`app.extract.lexicons.topic_terms_kk`: ``"word"``, ``"two words"`` (consecutive stems),
``"prefix*"`` (token prefix, lower case).
"""

from __future__ import annotations

from typing import Final

TERMS: Final[dict[str, dict[str, float]]] = {
    "international-relations": {
        "cooperation": 0.5, "bilateral": 0.6, "diplomat*": 1.0, "ambassador": 1.0, "embassy": 1.0,
        "state visit": 1.0, "official visit": 1.0, "visit": 0.5, "talks": 0.8, "foreign minister": 1.0,
        "foreign ministry": 1.0, "foreign ministries": 1.0, "foreign affairs": 1.0, "summit": 0.8,
        "strategic partnership": 1.0, "partnership": 0.4, "intergovernmental": 0.8,
        "interstate": 1.0, "neighbor*": 0.4, "neighbour*": 0.4, "friendship": 0.4,
        "memorandum": 0.5, "SCO": 1.0, "EAEU": 0.8, "Eurasian Economic Union": 0.8, "CIS": 0.8,
        "Commonwealth of Independent States": 0.8, "CSTO": 0.8, "UN": 0.8, "United Nations": 0.8,
        "Organization of Turkic States": 1.0, "geopolit*": 1.0, "foreign policy": 1.0,
        "consul*": 0.8, "heads of state": 0.6, "interregional": 0.5, "integration": 0.5,
        "sides": 0.3, "two countries": 0.6, "relations": 0.5,
    },
    "international-trade": {
        "trade": 1.0, "trading": 0.8, "export*": 1.0, "import*": 0.8, "trade turnover": 1.0,
        "trade partner": 1.0, "trading partner": 1.0, "customs": 0.8, "shipments": 0.6,
        "supply": 0.4, "supplies": 0.4, "contracts": 0.4, "WTO": 1.0, "tariff*": 0.8, "duties": 0.5,
        "trade mission": 1.0, "goods": 0.4, "re-export*": 1.0,
    },
    "investment": {
        "invest*": 1.0, "capital": 0.4, "joint venture": 0.8, "joint ventures": 0.8,
        "financing": 0.4, "funded": 0.3, "projects": 0.2, "foreign direct": 1.0, "FDI": 1.0,
        "investment fund": 1.0, "stake": 0.5,
    },
    "transport-and-logistics": {
        "transport*": 1.0, "logistic*": 1.0, "transit": 1.0, "corridor": 0.8, "railway*": 1.0,
        "rail": 0.8, "railroad": 1.0, "highway": 1.0, "road": 0.4, "cargo": 1.0, "freight": 1.0,
        "airport": 1.0, "airline*": 1.0, "flight*": 0.6, "port": 0.6, "seaport": 1.0,
        "container*": 1.0, "hub": 0.6, "wagon*": 0.8, "border crossing*": 0.8, "checkpoint*": 0.6,
        "ferry": 1.0, "passenger*": 0.6, "Middle Corridor": 1.0, "Trans-Caspian": 1.0, "KTZ": 1.0,
        "shipping": 0.8,
    },
    "energy": {
        "energy": 1.0, "power plant": 1.0, "electricity": 1.0, "oil": 1.0, "gas": 0.8,
        "oilfield": 1.0, "field": 0.2, "nuclear": 0.8, "coal": 0.8, "uranium": 0.8,
        "renewable*": 1.0, "solar": 0.8, "wind": 0.4, "pipeline*": 1.0, "barrel*": 1.0, "OPEC": 1.0,
        "Kashagan": 1.0, "Tengiz": 1.0, "Karachaganak": 1.0, "fuel": 0.6, "gasoline": 0.8,
        "hydropower": 1.0, "petroleum": 1.0, "refinery": 1.0,
    },
    "industry": {
        "industr*": 1.0, "manufactur*": 1.0, "production": 0.5, "plant": 0.4, "factory": 0.8,
        "factories": 0.8, "processing": 0.5, "engineering": 0.4, "metallurg*": 1.0,
        "chemical*": 0.5, "technology park": 0.6, "construction materials": 0.8, "mining": 0.8,
        "producers": 0.6,
    },
    "agriculture": {
        "agricultur*": 1.0, "agro*": 1.0, "agrarian": 1.0, "farm*": 1.0, "crop*": 1.0,
        "harvest*": 1.0, "grain": 1.0, "wheat": 1.0, "livestock": 1.0, "cattle": 1.0, "meat": 0.8,
        "dairy": 0.8, "milk": 0.8, "fertili*": 1.0, "irrigation": 0.8, "vegetable*": 0.8,
        "fruit*": 0.6, "poultry": 1.0, "veterinar*": 1.0, "rice": 0.6, "cotton": 0.8,
        "pasture*": 1.0, "food security": 1.0,
    },
    "finance-and-banking": {
        "bank": 0.8, "banks": 0.8, "banking": 1.0, "National Bank": 1.0, "central bank": 1.0,
        "loan*": 1.0, "credit*": 0.8, "deposit*": 1.0, "exchange rate": 1.0, "inflation": 1.0,
        "base rate": 1.0, "interest rate*": 1.0, "stock exchange": 1.0, "bond*": 0.8,
        "shares": 0.3, "financial market*": 1.0, "mortgage*": 1.0, "tax": 0.6, "taxes": 0.6,
        "budget": 0.3, "AIFC": 1.0, "insurance": 0.6, "National Fund": 0.6, "finance": 0.3,
    },
    "digital-technology": {
        "digital*": 1.0, "IT": 1.0, "artificial intelligence": 1.0, "AI": 0.8, "internet": 0.6,
        "platform*": 0.4, "cybersecurity": 1.0, "startup*": 1.0, "software": 1.0, "data": 0.3,
        "Astana Hub": 1.0, "smartphone*": 0.8, "online": 0.4, "electronic": 0.4, "5G": 1.0,
        "satellite*": 0.6, "space": 0.3, "technolog*": 0.4, "high-tech": 0.6, "blockchain": 1.0,
        "data center*": 1.0, "e-government": 1.0,
    },
    "security-and-defence": {
        "security": 0.5, "defense": 1.0, "defence": 1.0, "army": 1.0, "armed forces": 1.0,
        "military": 1.0, "exercises": 0.4, "terror*": 1.0, "extremis*": 1.0, "troops": 1.0,
        "border service": 1.0, "weapon*": 0.8, "peacekeep*": 1.0, "National Security Committee": 1.0,
    },
    "culture-and-heritage": {
        "cultur*": 1.0, "heritage": 1.0, "histor*": 0.4, "dombra": 1.0, "song*": 0.5,
        "singer*": 0.6, "art": 0.8, "arts": 0.8, "literature": 1.0, "cinema": 0.8, "film*": 0.8,
        "theater*": 1.0, "theatre*": 1.0, "concert*": 0.8, "exhibition*": 0.6, "museum*": 1.0,
        "festival*": 0.8, "poet*": 0.8, "writer*": 0.8, "book*": 0.6, "national costume*": 1.0,
        "Kazakh language": 0.8, "tradition*": 0.8, "UNESCO": 1.0, "music*": 0.8, "composer*": 1.0,
        "painter*": 1.0, "artist*": 0.6, "ethno*": 0.6, "spiritual": 0.6, "monument*": 0.6,
    },
    "education": {
        "educat*": 1.0, "school*": 1.0, "universit*": 1.0, "student*": 1.0, "pupil*": 1.0,
        "teacher*": 1.0, "college*": 1.0, "training": 0.4, "teach": 0.6, "scholarship*": 1.0,
        "Bolashak": 0.8, "graduate*": 0.8, "master's": 0.8, "bachelor's": 1.0, "doctoral": 0.8,
        "textbook*": 1.0, "kindergarten*": 0.8, "academic": 0.6, "campus*": 1.0, "branch*": 0.3,
        "higher education": 1.0, "enrolled": 0.8, "diploma*": 0.8, "admission*": 0.6,
    },
    "health": {
        "health": 1.0, "healthcare": 1.0, "medic*": 1.0, "hospital*": 1.0, "clinic*": 1.0,
        "doctor*": 1.0, "patient*": 1.0, "disease*": 1.0, "illness*": 1.0, "vaccin*": 1.0,
        "drug": 0.5, "drugs": 0.5, "medicine*": 1.0, "treatment": 0.8, "epidemic*": 1.0,
        "virus*": 0.8, "coronavirus": 1.0, "COVID": 1.0, "sanitary": 0.8, "oncolog*": 1.0,
        "surg*": 0.8, "infect*": 1.0, "pandemic": 1.0,
    },
    "sport": {
        "sport*": 1.0, "athlete*": 1.0, "Olympic*": 1.0, "championship*": 1.0, "champion*": 1.0,
        "medal*": 1.0, "tournament*": 1.0, "competition*": 0.6, "compete": 0.8,
        "national team": 1.0, "team": 0.4, "match*": 0.5, "football": 1.0, "soccer": 1.0,
        "box*": 0.6, "wrestl*": 1.0, "coach*": 1.0, "player*": 0.8, "skat*": 1.0, "hockey": 1.0,
        "tennis": 1.0, "chess": 0.8, "stadium*": 1.0, "rival*": 0.5, "biathl*": 1.0,
        "ski*": 0.8, "freestyle": 1.0, "Asian Games": 1.0, "Games": 0.6,
    },
    "environment": {
        "ecolog*": 1.0, "environment*": 1.0, "climate": 1.0, "pollut*": 1.0, "emission*": 1.0,
        "carbon": 1.0, "waste": 0.8, "nature": 0.6, "forest*": 0.8, "Aral": 0.6,
        "water shortage*": 1.0, "wildlife": 1.0, "animal*": 0.5, "reserve": 0.4,
        "national park": 1.0, "saiga*": 1.0, "water resources": 0.8, "green": 0.3,
        "ecosystem*": 1.0,
    },
    "tourism": {
        "touris*": 1.0, "resort*": 1.0, "hotel*": 1.0, "visa-free": 0.8, "visa": 0.4,
        "travel*": 0.6, "Burabay": 0.6, "tour operator*": 1.0, "vacation*": 0.8,
    },
    "labour-and-migration": {
        "labor": 0.6, "labour": 0.6, "labor market": 1.0, "jobs": 1.0, "unemploy*": 1.0,
        "employment": 1.0, "wage*": 1.0, "salar*": 1.0, "migration": 1.0, "migrant*": 1.0,
        "labor migrants": 1.0, "kandas": 1.0, "pension*": 0.8, "trade union*": 1.0,
        "workers": 0.6, "personnel": 0.3, "workforce": 1.0,
    },
    "elections-and-parliament": {
        "election*": 1.0, "elector*": 1.0, "voter*": 1.0, "candidate*": 0.6, "party": 0.6,
        "parties": 0.6, "Parliament": 1.0, "parliamentary": 1.0, "Mazhilis": 1.0, "Majilis": 1.0,
        "Senate": 1.0, "MP": 0.8, "MPs": 0.8, "referendum": 1.0, "vote*": 0.8,
        "CEC": 1.0, "mandate*": 0.6, "bill": 0.5, "Kurultai": 1.0,
    },
    "crime-law-and-justice": {
        "court*": 1.0, "arbitration": 1.0, "lawsuit*": 1.0, "claim*": 0.5, "crime*": 1.0,
        "criminal*": 1.0, "police": 1.0, "prosecutor*": 1.0, "investigation*": 0.8, "fine*": 0.4,
        "detained": 0.8, "arrest*": 1.0, "corruption": 1.0, "fraud*": 1.0, "law": 0.3,
        "lawyer*": 1.0, "dispute*": 0.6, "sentenced": 1.0, "verdict": 1.0, "narcotic*": 1.0,
    },
    "disaster-accident-and-emergency-incident": {
        "accident*": 1.0, "disaster*": 1.0, "earthquake*": 1.0, "flood*": 1.0, "fire": 0.8,
        "wildfire*": 1.0, "emergenc*": 0.8, "rescue*": 1.0, "injured": 0.8, "explosion*": 1.0,
        "crash*": 1.0, "killed": 0.8, "evacuat*": 1.0,
    },
    "economy": {
        "econom*": 0.5, "GDP": 1.0, "business*": 0.4, "entrepreneur*": 0.5, "market": 0.3,
        "economic growth": 0.8, "SME*": 1.0, "companies": 0.2, "profit*": 0.3,
    },
    "arts-and-entertainment": {
        "cinema": 0.5, "film*": 0.5, "theater*": 0.5, "concert*": 0.5, "show*": 0.3,
    },
    "belief-systems": {
        "religio*": 1.0, "mosque*": 1.0, "Islam*": 1.0, "Muslim*": 1.0, "church*": 1.0,
        "Quran": 1.0, "Ramadan": 1.0, "Kurban": 1.0, "imam*": 1.0, "mufti*": 1.0, "hajj": 1.0,
        "Orthodox": 0.8,
    },
    "scientific-research": {
        "scien*": 0.8, "research*": 0.6, "laborator*": 1.0, "academy": 0.3, "discover*": 0.5,
    },
    "armed-conflict": {
        "war": 1.0, "conflict*": 1.0, "shelling": 1.0, "attack*": 0.8, "ceasefire": 1.0,
        "hostilities": 1.0, "missile*": 0.8,
    },
    "weather-forecast": {
        "weather": 1.0, "forecast*": 0.6, "Kazhydromet": 1.0, "frost*": 1.0, "blizzard*": 1.0,
        "precipitation": 1.0, "rain*": 0.8, "snow*": 0.6, "storm*": 0.8, "temperature*": 0.6,
    },
    "welfare": {
        "social": 0.4, "allowance*": 1.0, "disabilit*": 0.8, "large families": 1.0,
        "housing": 0.6, "famil*": 0.3, "demograph*": 1.0, "population": 0.5,
    },
}
