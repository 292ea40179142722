from bot.clients import get_anthropic, get_cohere, get_deepseek, get_genai, get_openai
from bot.services.lesson_generator import Lesson, LessonGenerator
from bot.services.llm_usage_tracker import llm_tracker
from bot.services.multi_model_service import TaskComplexity, multi_model_service
from bot.services.speech import SpeechService
from bot.services.tutor import TutorService
from bot.services.vocabulary import VocabularyService

__all__ = [
    "Lesson",
    "LessonGenerator",
    "SpeechService",
    "TaskComplexity",
    "TutorService",
    "VocabularyService",
    "get_anthropic",
    "get_cohere",
    "get_deepseek",
    "get_genai",
    "get_openai",
    "llm_tracker",
    "multi_model_service",
]
