"""Lesson and flashcard models."""
import time
import uuid
from dataclasses import asdict, dataclass, field


@dataclass
class Exercise:
    prompt: str
    answer: str
    kind: str = "translate"


@dataclass
class Lesson:
    id: str
    title: str
    level: str
    exercises: list = field(default_factory=list)
    created_at: float = field(default_factory=time.time)

    @classmethod
    def create(cls, title, level, exercises=()):
        return cls(id=uuid.uuid4().hex[:12], title=title, level=level, exercises=list(exercises))

    @classmethod
    def from_dict(cls, data):
        exercises = [Exercise(**e) for e in data.get("exercises", [])]
        return cls(id=data["id"], title=data["title"], level=data.get("level", "A1"), exercises=exercises)

    def to_dict(self):
        return asdict(self)


@dataclass
class Flashcard:
    word: str
    translation: str
    example: str = ""
    ease: float = 2.5
    interval_days: int = 0

    def schedule(self, quality):
        """SM-2-ish scheduling. quality in 0..5"""
        if quality < 3:
            self.interval_days = 1
        elif self.interval_days == 0:
            self.interval_days = 1
        elif self.interval_days == 1:
            self.interval_days = 6
        else:
            self.interval_days = round(self.interval_days * self.ease)
        self.ease = max(1.3, self.ease + 0.1 - (5 - quality) * (0.08 + (5 - quality) * 0.02))
        return int(time.time()) + self.interval_days * 86400
