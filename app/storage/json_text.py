"""The JSON text stored in columns (roles, forms, evidence): non-ASCII as written, json.dumps' spacing.

One encoder for the whole run: `json.dumps(..., ensure_ascii=False)` builds a new encoder at every
call, and ingest workers make several such values per article.
"""

import json
from collections.abc import Callable
from typing import Any, Final

dumps: Final[Callable[[Any], str]] = json.JSONEncoder(ensure_ascii=False).encode
