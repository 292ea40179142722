"""State property accessors shared by bots and dialogs."""

from dataclasses import dataclass, field
from typing import List, Optional

from botbuilder.core import ConversationState, StatePropertyAccessor, UserState

from config import MAX_HISTORY_TURNS


@dataclass
class ConversationData:
    history: List[dict] = field(default_factory=list)
    provider: Optional[str] = None
    last_ticket_id: Optional[str] = None
    kb_hits_shown: int = 0

    def add_turn(self, role: str, content: str) -> None:
        self.history.append({"role": role, "content": content})
        if len(self.history) > MAX_HISTORY_TURNS * 2:
            self.history = self.history[-MAX_HISTORY_TURNS * 2 :]


@dataclass
class UserProfile:
    name: Optional[str] = None
    aad_object_id: Optional[str] = None
    department: Optional[str] = None
    preferred_language: str = "en"
    digest_opt_in: bool = True


class BotStateAccessors:
    def __init__(self, conversation_state: ConversationState, user_state: UserState):
        self.conversation_state = conversation_state
        self.user_state = user_state
        self.conversation_data: StatePropertyAccessor = conversation_state.create_property("ConversationData")
        self.user_profile: StatePropertyAccessor = user_state.create_property("UserProfile")
        self.dialog_state: StatePropertyAccessor = conversation_state.create_property("DialogState")

    async def save(self, turn_context) -> None:
        await self.conversation_state.save_changes(turn_context)
        await self.user_state.save_changes(turn_context)
