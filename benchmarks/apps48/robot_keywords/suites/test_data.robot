*** Settings ***
Library           libraries.LLMLibrary.LLMLibrary
Library           libraries.TestDataLibrary.TestDataLibrary
Library           Collections

*** Test Cases ***
Signup Form Accepts Generated Customers
    ${customers}=    Generate Test Records    customer    first_name, last_name, email    count=3
    Length Should Be    ${customers}    3
    FOR    ${c}    IN    @{customers}
        Dictionary Should Contain Key    ${c}    email
    END

Name Field Handles Edge Cases
    ${inputs}=    Generate Edge Case Strings    last_name    count=5
    Should Not Be Empty    ${inputs}
