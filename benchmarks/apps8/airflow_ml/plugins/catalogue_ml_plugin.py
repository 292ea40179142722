from airflow.plugins_manager import AirflowPlugin

from hooks.bedrock_hook import BedrockRuntimeHook
from hooks.fireworks_hook import FireworksHook
from hooks.hf_inference_hook import HuggingFaceInferenceHook
from hooks.together_hook import TogetherHook
from hooks.watsonx_hook import WatsonxHook


class CatalogueMLPlugin(AirflowPlugin):
    name = "catalogue_ml"
    hooks = [BedrockRuntimeHook, WatsonxHook, TogetherHook, FireworksHook, HuggingFaceInferenceHook]
