"""Whether a stated event is still to come: shared by meetings ("will meet") and oil flows
("agreed to supply"), so both read the future the same way."""

from __future__ import annotations

import re

PLANNED_RE = re.compile(
    r"\b(?:will|would|shall|is to|are to|(?:is|are|was|were) (?:due|set|scheduled|expected|slated)"
    r" to|plans? to|planning to|intends? to|agreed to|agrees to|pledged to|promised to|"
    r"upcoming|next week|next month)\b",
    re.IGNORECASE,
)
