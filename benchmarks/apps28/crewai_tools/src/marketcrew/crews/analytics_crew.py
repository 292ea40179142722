"""Analytics crew: weekly performance review with a hierarchical manager."""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any, List

import numpy as np
from crewai import Agent, Crew, Process, Task
from crewai.agents.agent_builder.base_agent import BaseAgent
from crewai.project import CrewBase, agent, before_kickoff, crew, task

from marketcrew.clients import get_genai
from marketcrew.config import settings
from marketcrew.models import AnalyticsReport
from marketcrew.services.multi_model_service import TaskComplexity, multi_model_service

logger = logging.getLogger(__name__)


def cluster_feedback(comments: list[str], k: int = 5) -> dict[int, list[str]]:
    """Groups free-text feedback so the analyst sees themes, not 800 comments."""
    if len(comments) <= k:
        return {i: [c] for i, c in enumerate(comments)}
    result = get_genai().models.embed_content(model="text-embedding-004", contents=comments)
    vectors = np.array([e.values for e in result.embeddings], dtype=np.float32)
    rng = np.random.default_rng(7)
    centroids = vectors[rng.choice(len(vectors), size=k, replace=False)]
    for _ in range(15):
        labels = np.argmin(((vectors[:, None, :] - centroids[None, :, :]) ** 2).sum(-1), axis=1)
        centroids = np.stack([vectors[labels == j].mean(0) if (labels == j).any() else centroids[j] for j in range(k)])
    groups: dict[int, list[str]] = {}
    for comment, label in zip(comments, labels):
        groups.setdefault(int(label), []).append(comment)
    return groups


@CrewBase
class AnalyticsCrew:
    """Weekly performance analysis."""

    agents: List[BaseAgent]
    tasks: List[Task]

    @before_kickoff
    def prepare(self, inputs: dict[str, Any]) -> dict[str, Any]:
        comments = inputs.pop("comments", [])
        if comments:
            groups = cluster_feedback(comments)
            inputs["feedback_themes"] = json.dumps({k: v[:5] for k, v in groups.items()}, indent=1)
        else:
            inputs["feedback_themes"] = "(no comments this period)"
        metrics = inputs.get("metrics", {})
        inputs["metrics_digest"] = asyncio.run(
            multi_model_service.generate_response(
                prompt=f"Turn these campaign metrics into a short factual digest:\n{json.dumps(metrics)}",
                task_type="analytics_digest",
                complexity=TaskComplexity.SIMPLE,
            )
        )
        return inputs

    @agent
    def performance_analyst(self) -> Agent:
        return Agent(
            role="Performance Analyst",
            goal="Explain what moved the numbers for period {period}",
            backstory="Marketing analyst; always separates correlation from causation.",
            llm=settings.strategist_model,
            verbose=True,
        )

    @agent
    def voice_of_customer_analyst(self) -> Agent:
        return Agent(
            role="Voice of Customer Analyst",
            goal="Summarise customer feedback themes and link them to campaign messages",
            backstory="Spent years in support before moving to marketing.",
            llm=settings.copy_model,
            verbose=True,
        )

    @task
    def metrics_task(self) -> Task:
        return Task(
            description="Analyse the metrics digest:\n{metrics_digest}",
            expected_output="Highlights and underperformers with likely causes.",
            agent=self.performance_analyst(),
        )

    @task
    def feedback_task(self) -> Task:
        return Task(
            description="Analyse these feedback themes:\n{feedback_themes}",
            expected_output="Top themes with example quotes.",
            agent=self.voice_of_customer_analyst(),
        )

    @task
    def report_task(self) -> Task:
        return Task(
            description="Write the weekly report for {period} with concrete recommendations.",
            expected_output="An AnalyticsReport.",
            agent=self.performance_analyst(),
            context=[self.metrics_task(), self.feedback_task()],
            output_pydantic=AnalyticsReport,
        )

    @crew
    def crew(self) -> Crew:
        return Crew(
            agents=self.agents,
            tasks=self.tasks,
            process=Process.hierarchical,
            manager_llm=settings.strategist_model,
            verbose=True,
        )
