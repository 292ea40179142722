"""Cached SDK clients.

Streamlit reruns every page top to bottom on each interaction, so clients are
built once per process with ``st.cache_resource`` and shared between sessions.
"""

from __future__ import annotations

import logging

import anthropic
import cohere
import ollama
import streamlit as st
from google import genai
from groq import Groq
from huggingface_hub import InferenceClient
from mistralai import Mistral
from openai import OpenAI
from perplexity import Perplexity
from together import Together

from toolkit.config import settings

logger = logging.getLogger(__name__)


@st.cache_resource(show_spinner=False)
def get_openai() -> OpenAI:
    logger.info("building OpenAI client")
    return OpenAI(api_key=settings.openai_api_key, max_retries=3, timeout=60)


@st.cache_resource(show_spinner=False)
def get_anthropic() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=settings.anthropic_api_key, max_retries=3)


@st.cache_resource(show_spinner=False)
def get_genai() -> genai.Client:
    return genai.Client(api_key=settings.gemini_api_key)


@st.cache_resource(show_spinner=False)
def get_mistral() -> Mistral:
    return Mistral(api_key=settings.mistral_api_key)


@st.cache_resource(show_spinner=False)
def get_cohere() -> cohere.ClientV2:
    return cohere.ClientV2(api_key=settings.cohere_api_key)


@st.cache_resource(show_spinner=False)
def get_groq() -> Groq:
    return Groq(api_key=settings.groq_api_key)


@st.cache_resource(show_spinner=False)
def get_together() -> Together:
    return Together(api_key=settings.together_api_key)


@st.cache_resource(show_spinner=False)
def get_hf() -> InferenceClient:
    return InferenceClient(token=settings.hf_token, timeout=120)


@st.cache_resource(show_spinner=False)
def get_perplexity() -> Perplexity:
    return Perplexity(api_key=settings.perplexity_api_key)


@st.cache_resource(show_spinner=False)
def get_ollama() -> ollama.Client:
    return ollama.Client(host=settings.ollama_host)
