# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import absolute_import, division, print_function
__metaclass__ = type


class ModuleDocFragment(object):
    DOCUMENTATION = r'''
options:
  provider:
    description: LLM provider to use.
    type: str
    choices: [openai, azure_openai, anthropic, cohere, watsonx]
    default: openai
  model:
    description: Model (or Azure deployment) name. Defaults per provider.
    type: str
  api_key:
    description: API key. Falls back to C(ACME_LLM_API_KEY), then the provider's own variable.
    type: str
  api_base:
    description: Base URL / Azure endpoint.
    type: str
  api_version:
    description: Azure OpenAI API version.
    type: str
    default: '2024-06-01'
  project_id:
    description: watsonx.ai project id.
    type: str
  timeout:
    type: int
    default: 60
    description: Request timeout in seconds.
  max_tokens:
    type: int
    default: 800
    description: Maximum output tokens.
  temperature:
    type: float
    default: 0.2
    description: Sampling temperature.
  tracked:
    type: bool
    default: true
    description: Route through the tracked multi model service when the provider supports it.
requirements:
  - openai >= 1.30 (openai, azure_openai)
  - anthropic >= 0.34 (anthropic)
  - cohere >= 5.5 (cohere)
  - ibm-watsonx-ai >= 1.1 (watsonx)
'''
