"""Content crew: writes, brand-checks and illustrates copy for each channel in the plan."""

from __future__ import annotations

import logging
from typing import Any, List, Tuple

from crewai import Agent, Crew, Process, Task
from crewai.agents.agent_builder.base_agent import BaseAgent
from crewai.project import CrewBase, after_kickoff, agent, crew, task
from crewai.tasks.task_output import TaskOutput

from marketcrew.clients import get_openai
from marketcrew.config import settings
from marketcrew.models import CopyVariants
from marketcrew.services.content_store import get_content_store
from marketcrew.tools import (
    AdCreativeTool,
    BrandVoiceTool,
    ComplianceReviewTool,
    CopywriterTool,
    hashtag_generator,
    headline_scorer,
    policy_check,
)

logger = logging.getLogger(__name__)

GUARDRAIL_PROMPT = (
    "You are QA for marketing copy. Answer PASS if the copy below has a clear call to action, no "
    "placeholder text like [Company] or TBD, and no invented statistics. Otherwise answer FAIL: <reason>."
)


def copy_guardrail(result: TaskOutput) -> Tuple[bool, Any]:
    """Task guardrail: cheap LLM QA pass on the writer's output before the editor sees it."""
    text = result.raw or ""
    if "[" in text and "]" in text and "TBD" in text:
        return False, "Copy still contains placeholders."
    resp = get_openai().with_options(timeout=20).chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": GUARDRAIL_PROMPT}, {"role": "user", "content": text}],
        temperature=0,
        max_tokens=60,
    )
    verdict = (resp.choices[0].message.content or "").strip()
    if verdict.upper().startswith("PASS"):
        return True, result
    return False, verdict.partition(":")[2].strip() or "QA check failed"


@CrewBase
class ContentCrew:
    """Writes the copy for a campaign plan."""

    agents: List[BaseAgent]
    tasks: List[Task]

    def __init__(self, campaign_id: str = "adhoc", with_images: bool = True) -> None:
        self.campaign_id = campaign_id
        self.with_images = with_images and settings.enable_image_generation

    @agent
    def copywriter(self) -> Agent:
        return Agent(
            role="Copywriter",
            goal="Write channel-native copy for {product} that makes {audience} act",
            backstory="Direct-response copywriter; obsessed with specificity and strong verbs.",
            tools=[CopywriterTool(), headline_scorer, hashtag_generator],
            llm=settings.copy_model,
            verbose=True,
        )

    @agent
    def brand_editor(self) -> Agent:
        return Agent(
            role="Brand Editor",
            goal="Make every piece sound like us and pass compliance",
            backstory="Guardian of the brand guide with a legal-review habit.",
            tools=[BrandVoiceTool(), ComplianceReviewTool(), policy_check],
            llm=settings.editor_model,
            verbose=True,
        )

    @agent
    def art_director(self) -> Agent:
        tools = [AdCreativeTool()] if self.with_images else []
        return Agent(
            role="Art Director",
            goal="Produce one ad creative concept (and image) per channel",
            backstory="Designs scroll-stopping but on-brand visuals.",
            tools=tools,
            llm=settings.copy_model,
            verbose=True,
        )

    @task
    def write_task(self) -> Task:
        return Task(
            description=(
                "Write 3 copy variants for each channel in this plan:\n{plan}\n\n"
                "Score headlines with the headline scorer and keep the best ones."
            ),
            expected_output="Copy variants per channel.",
            agent=self.copywriter(),
            output_pydantic=CopyVariants,
            guardrail=copy_guardrail,
            max_retries=2,
        )

    @task
    def edit_task(self) -> Task:
        return Task(
            description="Edit every variant for brand voice and run compliance review. Drop anything blocked.",
            expected_output="Final approved variants with compliance notes.",
            agent=self.brand_editor(),
            context=[self.write_task()],
            output_pydantic=CopyVariants,
        )

    @task
    def creative_task(self) -> Task:
        return Task(
            description="For each channel, describe a visual concept and generate the creative if the tool is available.",
            expected_output="One concept (and file path) per channel.",
            agent=self.art_director(),
            context=[self.edit_task()],
        )

    @after_kickoff
    def persist(self, output: Any) -> Any:
        store = get_content_store()
        variants = None
        for task_output in output.tasks_output:
            if task_output.pydantic is not None and isinstance(task_output.pydantic, CopyVariants):
                variants = task_output.pydantic
        if variants is None:
            logger.warning("content crew produced no structured variants for %s", self.campaign_id)
            return output
        for v in variants.variants:
            body = f"{v.headline}\n\n{v.body}\n\n{v.cta}"
            if store.find_duplicates(body):
                logger.info("skipping near-duplicate %s variant", v.channel)
                continue
            store.create(self.campaign_id, v.channel, body, tags=["generated"])
        return output

    @crew
    def crew(self) -> Crew:
        return Crew(agents=self.agents, tasks=self.tasks, process=Process.sequential, verbose=True)
