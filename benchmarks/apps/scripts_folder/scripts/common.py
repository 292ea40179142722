"""Shared clients for the scripts in this folder (`from common import client`)."""
import os

from anthropic import Anthropic
from openai import OpenAI

client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
claude = Anthropic()
MODEL = os.environ.get("SCRIPTS_MODEL", "gpt-4o-mini")


def get_claude():
    return claude
