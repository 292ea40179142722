"""Structured-output variant of the NER call (pydantic schema).

Only works on models that support json_schema; ``model.py`` still uses the
plain json_object path by default. Half-migrated, see PR #87.
"""
from typing import List

from pydantic import BaseModel

from common.settings import settings


class Entity(BaseModel):
    text: str
    label: str
    start: int
    end: int


class EntityList(BaseModel):
    entities: List[Entity]


def extract_entities(client, system_prompt: str, text: str) -> EntityList:
    completion = client.chat.completions.parse(
        model=settings.openai_model,
        messages=[{"role": "system", "content": system_prompt}, {"role": "user", "content": text}],
        response_format=EntityList,
        temperature=0,
    )
    parsed = completion.choices[0].message.parsed
    return parsed or EntityList(entities=[])
