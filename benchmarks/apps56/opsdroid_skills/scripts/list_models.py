#!/usr/bin/env python3
"""Print the models each configured provider exposes (handy when bumping versions)."""
import asyncio
import os
import sys

import yaml
from anthropic import Anthropic

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from skills.common import bedrock_control_plane, openai_client  # noqa: E402
from skills.common.bedrock import list_text_models  # noqa: E402


async def openai_models(config):
    client = openai_client(config)
    page = await client.models.list()
    return sorted(m.id for m in page.data)


def main():
    with open("configuration.yaml") as fh:
        skills = yaml.safe_load(fh)["skills"]
    print("openai:", ", ".join(asyncio.run(openai_models(skills["ask"]))))
    anthropic = Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])
    print("anthropic:", ", ".join(m.id for m in anthropic.models.list()))
    print("bedrock:", ", ".join(list_text_models(bedrock_control_plane(skills["runbooks"]))))


if __name__ == "__main__":
    main()
