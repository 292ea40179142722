"""DynamoDB access for conversations and usage rows."""
import time
import uuid
from dataclasses import asdict, dataclass, field
from decimal import Decimal

import boto3
from boto3.dynamodb.conditions import Key

from chalicelib.config import settings

_dynamodb = boto3.resource("dynamodb")


@dataclass
class Conversation:
    user_id: str
    conversation_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    messages: list = field(default_factory=list)
    created_at: int = field(default_factory=lambda: int(time.time()))

    @classmethod
    def create(cls, user_id: str, first_message: str | None = None) -> "Conversation":
        conv = cls(user_id=user_id)
        if first_message:
            conv.messages.append({"role": "user", "content": first_message})
        return conv


class ConversationStore:
    def __init__(self, table_name: str | None = None):
        self.table = _dynamodb.Table(table_name or settings.conversations_table)

    def get(self, user_id: str, conversation_id: str) -> Conversation | None:
        item = self.table.get_item(
            Key={"user_id": user_id, "conversation_id": conversation_id}
        ).get("Item")
        return Conversation(**item) if item else None

    def create(self, user_id: str, first_message: str | None = None) -> Conversation:
        conv = Conversation.create(user_id, first_message)
        self.table.put_item(Item=asdict(conv))
        return conv

    def append(self, conv: Conversation, role: str, content: str) -> None:
        conv.messages.append({"role": role, "content": content})
        self.table.update_item(
            Key={"user_id": conv.user_id, "conversation_id": conv.conversation_id},
            UpdateExpression="SET messages = :m",
            ExpressionAttributeValues={":m": conv.messages},
        )

    def list_for_user(self, user_id: str, limit: int = 20) -> list[dict]:
        resp = self.table.query(
            KeyConditionExpression=Key("user_id").eq(user_id), Limit=limit, ScanIndexForward=False
        )
        return resp.get("Items", [])


class UsageTable:
    def __init__(self):
        self.table = _dynamodb.Table(settings.usage_table)

    def put(self, row: dict) -> None:
        row = {k: (Decimal(str(v)) if isinstance(v, float) else v) for k, v in row.items()}
        self.table.put_item(Item=row)

    def totals_since(self, since_ts: int) -> dict:
        resp = self.table.scan(
            FilterExpression="created_at >= :t",
            ExpressionAttributeValues={":t": since_ts},
        )
        totals: dict[str, Decimal] = {}
        for item in resp.get("Items", []):
            totals[item["model"]] = totals.get(item["model"], Decimal(0)) + item.get("cost_usd", 0)
        return totals
