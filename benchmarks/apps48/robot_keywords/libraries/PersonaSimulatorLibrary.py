"""Simulated users for exploratory chatbot runs.

A persona (LLM) talks to the chatbot under test for N turns; the transcript is
attached to the log. Half migrated to the tracked service (QA-431): the
opening message goes through multi_model_service, the turns do not yet."""
from __future__ import annotations

import asyncio
import random
from dataclasses import dataclass, field

from robot.api import logger
from robot.api.deco import keyword, library
from robot.libraries.BuiltIn import BuiltIn

from app.services.multi_model_service import TaskComplexity, multi_model_service
from resources import get_ollama_client, settings


@dataclass
class Persona:
    name: str
    mood: str
    goal: str
    traits: list[str] = field(default_factory=list)

    def system_prompt(self) -> str:
        return (
            f"You are {self.name}, a {self.mood} customer. Goal: {self.goal}. "
            f"Traits: {', '.join(self.traits) or 'none'}. Write one short chat message at a time."
        )


class PersonaGenerator:
    MOODS = ["patient", "annoyed", "confused", "in a hurry"]

    def __init__(self, seed: int | None = None) -> None:
        self._rng = random.Random(seed)

    def generate(self, goal: str) -> Persona:
        return Persona(
            name=self._rng.choice(["Sam", "Noor", "Kai", "Mei"]),
            mood=self._rng.choice(self.MOODS),
            goal=goal,
            traits=self._rng.sample(["typos", "all caps", "emoji", "very terse"], k=2),
        )


@library(scope="SUITE")
class PersonaSimulatorLibrary:
    ROBOT_LIBRARY_SCOPE = "SUITE"

    def __init__(self, turns: int = 4, local: bool = False) -> None:
        self.turns = int(turns)
        self.local = str(local).lower() in ("true", "yes", "1")
        self.personas = PersonaGenerator()

    @keyword("Simulate Persona Conversation")
    def simulate_persona_conversation(self, goal: str) -> list[tuple[str, str]]:
        persona = self.personas.generate(goal)
        judge_lib = BuiltIn().get_library_instance("ChatbotJudgeLibrary")
        llm = BuiltIn().get_library_instance("LLMLibrary")
        opening = asyncio.run(
            multi_model_service.generate_response(
                prompt=f"Write your first message to support. Goal: {goal}",
                task_type="persona_sim",
                complexity=TaskComplexity.SIMPLE,
                system_message=persona.system_prompt(),
            )
        )
        transcript: list[tuple[str, str]] = []
        message = opening
        for _ in range(self.turns):
            reply = judge_lib.ask_chatbot(message)
            transcript.append((message, reply))
            history = "\n".join(f"You: {m}\nSupport: {r}" for m, r in transcript)
            if self.local:
                resp = get_ollama_client().generate(
                    model=settings.ollama_model,
                    system=persona.system_prompt(),
                    prompt=history + "\nYour next message:",
                )
                message = resp["response"]
            else:
                msg = llm.anthropic.messages.create(
                    model=settings.anthropic_model,
                    max_tokens=200,
                    system=persona.system_prompt(),
                    messages=[{"role": "user", "content": history + "\nYour next message:"}],
                )
                message = msg.content[0].text
        logger.info("\n".join(f"USER: {m}\nBOT: {r}" for m, r in transcript))
        return transcript

    @keyword("Persona Conversation Should Reach Goal")
    def persona_conversation_should_reach_goal(self, goal: str, max_attempts: int = 2) -> None:
        """Runs the simulation and lets the LLMLibrary judge (Claude) decide if the goal was met."""
        llm = BuiltIn().get_library_instance("LLMLibrary")
        last_reason = ""
        for attempt in range(1, int(max_attempts) + 1):
            transcript = self.simulate_persona_conversation(goal)
            text = "\n".join(f"USER: {m}\nBOT: {r}" for m, r in transcript)
            verdict = llm.ask_claude(
                f"Goal: {goal}\nTranscript:\n{text}\n\nWas the goal reached? Start with YES or NO."
            )
            if verdict.strip().upper().startswith("YES"):
                logger.info(f"Goal reached on attempt {attempt}")
                return
            last_reason = verdict
        raise AssertionError(f"Persona never reached goal '{goal}': {last_reason}")

    @keyword("Escalation Should Be Offered")
    def escalation_should_be_offered(self, transcript: list) -> None:
        needles = ("human agent", "escalat", "support ticket", "colleague")
        for _, reply in transcript:
            if any(n in reply.lower() for n in needles):
                return
        raise AssertionError("Bot never offered escalation to a human")
