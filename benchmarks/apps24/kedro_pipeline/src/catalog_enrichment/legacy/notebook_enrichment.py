#!/usr/bin/env python
# coding: utf-8
# Exported from notebooks/03_enrichment_prototype.ipynb (nbconvert) and cleaned up a bit.
# Still imported by the categorisation A/B node and by scripts/backfill_descriptions.py.
# TODO(CAT-377): delete once the new pipelines have fully replaced it.

# In[1]:


import json
import os
import time

import anthropic
import openai
import pandas as pd
from openai import OpenAI
from together import Together

openai.api_key = os.getenv("OPENAI_API_KEY")

client = OpenAI()
claude = anthropic.Anthropic()
tog = Together(api_key=os.getenv("TOGETHER_API_KEY"))

MODEL = "gpt-3.5-turbo"


# In[2]:


def get_completion(prompt, model=MODEL, temperature=0):
    messages = [{"role": "user", "content": prompt}]
    response = client.chat.completions.create(
        model=model,
        messages=messages,
        temperature=temperature,
    )
    return response.choices[0].message.content


# In[3]:


def get_claude(prompt, model="claude-3-haiku-20240307", max_tokens=500):
    msg = claude.messages.create(model=model, max_tokens=max_tokens, messages=[{"role": "user", "content": prompt}])
    return msg.content[0].text


# In[4]:


def get_embedding(text, model="text-embedding-ada-002"):
    text = text.replace("\n", " ")
    return client.embeddings.create(input=[text], model=model).data[0].embedding


# In[5]:


# the original v0 version, kept because the 2023 golden set was produced with it
def enrich_row_v0(row):
    prompt = f"Extract colour and material as JSON from: {row['title']} - {row['description']}"
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": prompt}],
        temperature=0,
    )
    return json.loads(resp["choices"][0]["message"]["content"])


# In[6]:


def llama_keywords(title, n=8):
    out = tog.completions.create(
        model="meta-llama/Llama-3-8b-hf",
        prompt=f"Product: {title}\nSEO keywords ({n}, comma separated):",
        max_tokens=60,
        temperature=0.4,
        stop=["\n"],
    )
    return [k.strip() for k in out.choices[0].text.split(",") if k.strip()]


# In[7]:


def enrich_dataframe(df, sleep=0.5):
    rows = []
    for i, row in df.iterrows():
        try:
            attrs = json.loads(get_completion(
                f"Extract colour, material, pattern as JSON from: {row['title']} - {row['description']}"
            ))
        except Exception as e:
            print(i, e)
            attrs = {}
        attrs["keywords"] = llama_keywords(row["title"])
        attrs["sku"] = row["sku"]
        rows.append(attrs)
        time.sleep(sleep)
    return pd.DataFrame(rows)


# In[8]:


if __name__ == "__main__":
    df = pd.read_parquet("data/01_raw/supplier_products.parquet").head(20)
    print(enrich_dataframe(df))
    print(get_claude("Say hi"))
