#!/usr/bin/env python
# coding: utf-8

# # SEO title exploration
#
# Compare candidate models for rewriting product titles for search.
# Exported from `seo_titles_exploration.ipynb` so it can run on the batch box.

# In[1]:


import json
import os
import sys
import time
from pathlib import Path

import boto3
import litellm
import pandas as pd
import requests
from together import Together

sys.path.insert(0, str(Path.cwd().parents[1] / "libs" / "llmkit"))
sys.path.insert(0, str(Path.cwd().parents[1] / "libs" / "catalog"))

from llmkit.hub import get_hub


# In[2]:


df = pd.read_parquet("../../data/samples/titles_sample_2024_05.parquet")
df = df[df["locale"] == "en-GB"].sample(40, random_state=7).reset_index(drop=True)
df.head()


# In[3]:


PROMPT = """Rewrite this product title for search: under 70 characters, brand first,
keep size/colour, no promotional words. Reply with the title only.

Title: {title}
Category: {category}"""


def prompt_for(row):
    return PROMPT.format(title=row["title"], category=row["category"])


# In[4]:


together = Together(api_key=os.environ["TOGETHER_API_KEY"])

t0 = time.time()
together_titles = []
for _, row in df.iterrows():
    out = together.chat.completions.create(
        model="Qwen/Qwen2.5-72B-Instruct-Turbo",
        messages=[{"role": "user", "content": prompt_for(row)}],
        max_tokens=40,
    )
    together_titles.append(out.choices[0].message.content.strip())
print(f"together: {time.time() - t0:.1f}s")


# In[5]:


llama_titles = [
    litellm.completion(
        model="groq/llama-3.1-8b-instant",
        messages=[{"role": "user", "content": prompt_for(row)}],
        max_tokens=40,
    ).choices[0].message.content.strip()
    for _, row in df.iterrows()
]


# In[6]:


brt = boto3.session.Session(profile_name="catalog-ml").client("bedrock-runtime", region_name="us-east-1")

claude_titles = []
for _, row in df.iterrows():
    body = {
        "anthropic_version": "bedrock-2023-05-31",
        "max_tokens": 40,
        "messages": [{"role": "user", "content": prompt_for(row)}],
    }
    resp = brt.invoke_model(modelId="anthropic.claude-3-haiku-20240307-v1:0", body=json.dumps(body))
    payload = json.loads(resp["body"].read())
    claude_titles.append(payload["content"][0]["text"].strip())


# In[7]:


headers = {"Authorization": f"Bearer {os.environ['OPENAI_API_KEY']}"}
gpt_titles = []
for _, row in df.iterrows():
    r = requests.post(
        "https://api.openai.com/v1/chat/completions",
        headers=headers,
        json={
            "model": "gpt-4o-mini",
            "messages": [{"role": "user", "content": prompt_for(row)}],
            "max_tokens": 40,
        },
        timeout=30,
    )
    r.raise_for_status()
    gpt_titles.append(r.json()["choices"][0]["message"]["content"].strip())


# In[8]:


hub = get_hub()
fw_titles = []
for _, row in df.iterrows():
    out = hub["fireworks"].chat.completions.create(
        model="accounts/fireworks/models/llama-v3p1-70b-instruct",
        messages=[{"role": "user", "content": prompt_for(row)}],
        max_tokens=40,
    )
    fw_titles.append(out.choices[0].message.content.strip())


# In[9]:


df["together"] = together_titles
df["llama_8b"] = llama_titles
df["claude_haiku"] = claude_titles
df["gpt_4o_mini"] = gpt_titles
df["fireworks_70b"] = fw_titles
for col in ["together", "llama_8b", "claude_haiku", "gpt_4o_mini", "fireworks_70b"]:
    df[f"{col}_len"] = df[col].str.len()
df[[c for c in df.columns if c.endswith("_len")]].describe()


# In[10]:


df.to_csv("seo_titles_comparison.csv", index=False)
