# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#   kernelspec:
#     display_name: research
#     language: python
#     name: research
# ---

# %% [markdown]
# # 01 - First look at the support conversations
#
# How long are the conversations, what do they look like, and does a plain
# zero-shot summary already look reasonable?

# %%
import sys

sys.path.insert(0, "..")

import matplotlib.pyplot as plt
import pandas as pd

import config
import llm_utils as lu
import prompts
from clients import openai_client
from helpers import load_frame, truncate

pd.set_option("display.max_colwidth", 200)

# %%
df = load_frame("eval_conversations")
df.shape, df.columns.tolist()

# %%
df["n_tokens"] = df["conversation"].map(lu.count_tokens)
df["n_tokens"].describe()

# %%
ax = df["n_tokens"].clip(upper=20000).hist(bins=60)
ax.set_xlabel("tokens (o200k)")
plt.show()

# %% [markdown]
# Which models can we actually use on the org key?

# %%
sorted(m.id for m in openai_client.models.list() if m.id.startswith(("gpt-4", "o")))

# %%
example = df.sample(1, random_state=7).iloc[0]
print(truncate(example["conversation"], 3000))

# %%
resp = openai_client.chat.completions.create(
    model=config.OPENAI_CHAT_MODEL,
    messages=prompts.summary_messages(example["conversation"]),
    temperature=0.7,
    n=3,
)
for choice in resp.choices:
    print(choice.message.content, "\n---")
resp.usage

# %% [markdown]
# Streaming version, to eyeball latency on the long ones.

# %%
long_one = df.sort_values("n_tokens").iloc[-1]
for delta in lu.stream_openai(prompts.SUMMARY_USER.format(conversation=truncate(long_one["conversation"]))):
    print(delta, end="")

# %%
by_product = df.groupby("product_area")["n_tokens"].agg(["count", "median", "max"])
by_product.sort_values("count", ascending=False)
