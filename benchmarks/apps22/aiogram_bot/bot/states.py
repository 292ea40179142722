from aiogram.fsm.state import State, StatesGroup


class Onboarding(StatesGroup):
    native_language = State()
    target_language = State()
    level = State()


class GrammarCheck(StatesGroup):
    waiting_text = State()


class Quiz(StatesGroup):
    choosing_topic = State()
    answering = State()


class Conversation(StatesGroup):
    chatting = State()
    roleplay = State()


class PronunciationDrill(StatesGroup):
    waiting_voice = State()


class AdminBroadcast(StatesGroup):
    waiting_text = State()
    confirm = State()
