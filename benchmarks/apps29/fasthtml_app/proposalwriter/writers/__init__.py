"""Writers turn a brief plus client context into proposal sections.

Everything here takes its client as an argument; callers pass in the one from
`AppServices`. The registry maps section kinds to writer functions.
"""
from .sections import (
    write_executive_summary,
    write_scope,
    write_timeline,
    stream_scope,
)
from .research import research_client, research_client_async
from .pricing import estimate_pricing, estimate_pricing_async, quick_line_items
from .review import critique_with_grok, stream_grok_critique, review_tone
from .registry import SECTION_WRITERS, write_section

__all__ = [
    "write_executive_summary", "write_scope", "write_timeline", "stream_scope",
    "research_client", "research_client_async",
    "estimate_pricing", "estimate_pricing_async", "quick_line_items",
    "critique_with_grok", "stream_grok_critique", "review_tone",
    "SECTION_WRITERS", "write_section",
]
