from typing import List, Optional, Sequence

from airflow.models import BaseOperator
from airflow.utils.context import Context
from ibm_watsonx_ai.metanames import GenTextParamsMetaNames as GenParams

from hooks.watsonx_hook import WatsonxHook


class WatsonxGenerateOperator(BaseOperator):
    """Generate text for a list of prompts with a watsonx.ai foundation model."""

    template_fields: Sequence[str] = ("prompts",)
    ui_color = "#0f62fe"

    def __init__(
        self,
        *,
        prompts,
        model_id: str = "ibm/granite-3-8b-instruct",
        max_new_tokens: int = 400,
        decoding_method: str = "greedy",
        watsonx_conn_id: str = "watsonx_default",
        project_id: Optional[str] = None,
        concurrency_limit: int = 5,
        **kwargs,
    ):
        super().__init__(**kwargs)
        self.prompts = prompts
        self.model_id = model_id
        self.max_new_tokens = max_new_tokens
        self.decoding_method = decoding_method
        self.watsonx_conn_id = watsonx_conn_id
        self.project_id = project_id
        self.concurrency_limit = concurrency_limit

    def execute(self, context: Context) -> List[str]:
        hook = WatsonxHook(self.watsonx_conn_id, project_id=self.project_id)
        model = hook.get_model_inference(
            self.model_id,
            params={
                GenParams.MAX_NEW_TOKENS: self.max_new_tokens,
                GenParams.DECODING_METHOD: self.decoding_method,
                GenParams.REPETITION_PENALTY: 1.05,
            },
        )
        prompts = list(self.prompts)
        if not prompts:
            self.log.info("nothing to generate")
            return []
        outputs = model.generate_text(prompt=prompts, concurrency_limit=self.concurrency_limit)
        return [o.strip() for o in outputs]
