# This file is only used if you use `make publish` or
# explicitly specify it as your config file.

import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: E402,F401,F403

SITEURL = "https://fieldnotes.example.org"
RELATIVE_URLS = False

FEED_ALL_ATOM = "feeds/all.atom.xml"
CATEGORY_FEED_ATOM = "feeds/{slug}.atom.xml"

DELETE_OUTPUT_DIRECTORY = True

# In CI the cache is restored from the artifact store; never spend money on a
# dry run build.
LLM_CACHE_DIR = os.environ.get("LLM_CACHE_DIR", ".llm-cache")
LLM_DRY_RUN = os.environ.get("LLM_DRY_RUN", "0") == "1"
LLM_OPENAI_MODEL = "gpt-4o"
AI_SUMMARY_BACKEND = "tracked"
