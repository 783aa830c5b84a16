"""`/health`: liveness plus the corpus size and version, for load balancers and cache debugging."""

from fastapi import APIRouter

from app.deps import CorpusDep
from app.errors import PROBLEM_RESPONSES
from app.schemas import Health

router = APIRouter(tags=["health"], responses=PROBLEM_RESPONSES)


@router.get("/health", summary="Service health")
async def health(corpus: CorpusDep) -> Health:
    """`ok` with the number of articles and the corpus version (which every ETag follows)."""
    facts = corpus.facts()
    return Health(status="ok", articles=facts.articles, corpus_version=facts.version)
