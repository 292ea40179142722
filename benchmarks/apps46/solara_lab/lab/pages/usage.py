"""Usage page: tracked calls and session-level estimates."""
from __future__ import annotations

import pandas as pd
import solara

from lab import state
from lab.backend.llm_usage_tracker import llm_tracker
from lab.backend.token_budget import estimate_cost


@solara.component
def Page():
    solara.Title("Usage")
    tracked = pd.DataFrame([vars(e) for e in llm_tracker.recent(200)])
    session = pd.DataFrame([vars(r) for r in state.usage_rows.value])
    if not tracked.empty:
        tracked["cost_usd"] = [
            estimate_cost(m, i, o) for m, i, o in zip(tracked.model, tracked.input_tokens, tracked.output_tokens)
        ]
        solara.Markdown("### Tracked calls")
        solara.DataFrame(tracked)
    if not session.empty:
        solara.Markdown("### Untracked (session estimate)")
        solara.DataFrame(session)
    totals = llm_tracker.totals_by_feature()
    for feature, (i, o) in totals.items():
        solara.Text(f"{feature}: {i} in / {o} out")
