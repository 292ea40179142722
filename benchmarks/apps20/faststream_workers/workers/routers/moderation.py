"""Moderation of free-text fields (support tickets, survey answers) before they hit the lake."""
from __future__ import annotations

from faststream import Context
from faststream.kafka import KafkaRouter

from workers.deps import OpenAIClient
from workers.schemas import ModerationEvent

router = KafkaRouter(prefix="de.moderation.")

flagged_pub = router.publisher("de.moderation.flagged")
clean_pub = router.publisher("de.moderation.clean")


@router.subscriber("incoming", group_id="moderation", max_records=50, batch=True)
async def moderate_batch(events: list[ModerationEvent], client: OpenAIClient) -> None:
    result = await client.moderations.create(
        model="omni-moderation-latest",
        input=[e.text for e in events],
    )
    for event, res in zip(events, result.results):
        if res.flagged:
            await flagged_pub.publish({"event_id": event.event_id, "categories": res.categories.model_dump()})
        else:
            await clean_pub.publish(event)


@router.subscriber("redact", group_id="moderation")
async def redact(event: ModerationEvent, openai_client=Context("openai_client")) -> ModerationEvent:
    resp = await openai_client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "Replace names, emails and phone numbers with [REDACTED]. Return only the text."},
            {"role": "user", "content": event.text},
        ],
    )
    return event.model_copy(update={"text": resp.choices[0].message.content})
