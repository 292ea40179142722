from services.classifier import ClassifierService
from services.embedder import EmbedderService
from services.summariser import SummariserService
from services.translator import TranslatorService

ALL_SERVICES = [SummariserService, ClassifierService, EmbedderService, TranslatorService]
