# %% [markdown]
# # 04 - Error analysis on the Mistral labels
#
# The weak labels from Mistral disagree with the gold set on ~18% of tickets.
# Re-ask on the disagreements with an explanation, and check how close to the
# rate limit the OpenAI runs were getting.

# %%
import asyncio
import json
import sys

sys.path.insert(0, "..")

import pandas as pd

import config
import prompts
from clients import mistral_client, openai_client
from common.metrics import confusion

# %%
weak = pd.read_parquet(config.OUTPUT_DIR / "weak_labels_mistral.parquet")
gold = pd.read_csv(config.DATA_DIR / "tickets_gold.csv")
df = weak.merge(gold, on="ticket_id")
wrong = df[df["label"] != df["gold_label"]].reset_index(drop=True)
len(wrong), len(df)

# %%
pd.Series(confusion(wrong["gold_label"], wrong["label"])).sort_values(ascending=False).head(15)

# %%
EXPLAIN = (
    prompts.LABEL_PROMPT
    + "\n\nThen explain in one sentence why. Answer as JSON: "
    '{"label": "...", "why": "..."}'
)


async def explain(text):
    resp = await asyncio.to_thread(
        mistral_client.chat.complete,
        model=config.MISTRAL_MODEL,
        messages=[{"role": "user", "content": EXPLAIN.format(text=text[:3000])}],
        response_format={"type": "json_object"},
        temperature=0,
    )
    return json.loads(resp.choices[0].message.content)


async def explain_all(texts):
    return await asyncio.gather(*(explain(t) for t in texts))

explanations = asyncio.run(explain_all(wrong["text"].head(50)))
wrong.loc[:49, "why"] = [e.get("why") for e in explanations]
wrong[["text", "gold_label", "label", "why"]].head(20)

# %% [markdown]
# Rate-limit headroom on the org key (headers only come back on the raw response).

# %%
raw = openai_client.chat.completions.with_raw_response.create(
    model=config.OPENAI_CHAT_MODEL,
    messages=prompts.label_messages(wrong.loc[0, "text"]),
    max_tokens=5,
)
{k: v for k, v in raw.headers.items() if k.startswith("x-ratelimit")}

# %%
completion = raw.parse()
completion.choices[0].message.content, completion.usage
