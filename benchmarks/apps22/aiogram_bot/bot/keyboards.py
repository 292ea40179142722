from aiogram.types import InlineKeyboardMarkup, ReplyKeyboardMarkup
from aiogram.utils.keyboard import InlineKeyboardBuilder, ReplyKeyboardBuilder

LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2")
LANGUAGES = {"en": "English", "de": "Deutsch", "es": "Español", "fr": "Français", "it": "Italiano"}


def main_menu() -> ReplyKeyboardMarkup:
    kb = ReplyKeyboardBuilder()
    for label in ("💬 Chat", "📝 Grammar", "🎯 Quiz", "🗣 Pronunciation", "📚 Today's lesson", "⚙️ Settings"):
        kb.button(text=label)
    kb.adjust(2, 2, 2)
    return kb.as_markup(resize_keyboard=True)


def levels_kb() -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    for level in LEVELS:
        kb.button(text=level, callback_data=f"level:{level}")
    kb.adjust(3)
    return kb.as_markup()


def languages_kb(prefix: str) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    for code, name in LANGUAGES.items():
        kb.button(text=name, callback_data=f"{prefix}:{code}")
    kb.adjust(2)
    return kb.as_markup()


def quiz_options_kb(options: list[str]) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    for idx, option in enumerate(options):
        kb.button(text=option, callback_data=f"quiz:{idx}")
    kb.adjust(1)
    return kb.as_markup()


def confirm_kb() -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    kb.button(text="✅ Send", callback_data="broadcast:yes")
    kb.button(text="❌ Cancel", callback_data="broadcast:no")
    return kb.as_markup()
