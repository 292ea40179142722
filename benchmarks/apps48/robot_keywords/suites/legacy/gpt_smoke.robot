*** Settings ***
Documentation     Old hackathon suite. Kept until QA-412 is done.
Library           libraries.legacy.GPTKeywords

*** Test Cases ***
GPT Knows The Sky
    Gpt Should Answer Yes    Is the sky blue on a clear day?
