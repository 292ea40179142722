*** Settings ***
Library           libraries.LLMLibrary.LLMLibrary
Variables         variables/config.py    staging
Suite Setup       Log    LLM provider: ${JUDGE_PROVIDER}
