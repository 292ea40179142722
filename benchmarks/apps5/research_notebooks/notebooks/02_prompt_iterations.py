# %% [markdown]
# # 02 - Prompt iterations (Gemini + Claude)
#
# Trying system-prompt variants for the summaries. Gemini for the quick sweep
# because it's cheap, Claude for the shortlist.

# %%
import asyncio
import sys
from pathlib import Path

sys.path.insert(0, str(Path.cwd().parent))

import anthropic
import pandas as pd
from google.genai import types

import config
import prompts
from common.gemini import DEFAULT_CONFIG, gemini_client, text_of
from helpers import load_frame, truncate

gclient = gemini_client()
df = load_frame("eval_conversations").sample(20, random_state=3).reset_index(drop=True)

# %%
VARIANTS = {
    "baseline": prompts.SUMMARY_SYSTEM,
    "bullets": prompts.SUMMARY_SYSTEM + " Use at most three bullet points.",
    "resolution_first": "Start with RESOLVED or UNRESOLVED, then summarise in two sentences.",
}

# %%
conv = truncate(df.loc[0, "conversation"])
gclient.models.count_tokens(model=config.GEMINI_MODEL, contents=conv)

# %%
for chunk in gclient.models.generate_content_stream(
    model=config.GEMINI_MODEL,
    contents=prompts.SUMMARY_USER.format(conversation=conv),
    config=DEFAULT_CONFIG.model_copy(update={"system_instruction": VARIANTS["bullets"]}),
):
    print(chunk.text or "", end="")

# %% [markdown]
# Full sweep, async so 3 variants x 20 conversations doesn't take forever.

# %%
async def run_variant(name, system):
    cfg = types.GenerateContentConfig(system_instruction=system, temperature=0.2, max_output_tokens=400)

    async def one(c):
        r = await gclient.aio.models.generate_content(
            model=config.GEMINI_MODEL,
            contents=prompts.SUMMARY_USER.format(conversation=truncate(c)),
            config=cfg,
        )
        return text_of(r)

    outs = await asyncio.gather(*(one(c) for c in df["conversation"]))
    return pd.Series(outs, name=name)


async def sweep():
    cols = await asyncio.gather(*(run_variant(n, s) for n, s in VARIANTS.items()))
    return pd.concat(cols, axis=1)

# In jupyter use `await sweep()`; this keeps the exported script runnable.
gemini_out = asyncio.run(sweep())
gemini_out.head()

# %% [markdown]
# Shortlist on Claude. Check the prompt size first, the system prompt with
# examples got long.

# %%
claude = anthropic.Anthropic()
claude.messages.count_tokens(
    model=config.ANTHROPIC_MODEL,
    system=VARIANTS["resolution_first"],
    messages=[{"role": "user", "content": prompts.SUMMARY_USER.format(conversation=conv)}],
)

# %%
claude_rows = []
for variant in ("baseline", "resolution_first"):
    for c in df["conversation"][:10]:
        m = claude.messages.create(
            model=config.ANTHROPIC_MODEL,
            max_tokens=400,
            system=VARIANTS[variant],
            messages=[{"role": "user", "content": prompts.SUMMARY_USER.format(conversation=truncate(c))}],
        )
        claude_rows.append({"variant": variant, "summary": m.content[0].text, "out_tokens": m.usage.output_tokens})
pd.DataFrame(claude_rows).groupby("variant")["out_tokens"].describe()
