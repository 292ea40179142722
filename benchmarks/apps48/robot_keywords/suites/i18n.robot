*** Settings ***
Library           libraries.TranslationLibrary.TranslationLibrary    engine=gemini

*** Test Cases ***
Checkout Button Keeps Placeholders
    FOR    ${lang}    IN    @{TARGET_LANGUAGES}
        ${t}=    Translate UI String    Pay {amount} now    ${lang}
        Translation Should Preserve Placeholders    Pay {amount} now    ${t}
    END

German Tooltip Means The Same
    Translation Should Mean The Same    Save your changes    Änderungen speichern    de
