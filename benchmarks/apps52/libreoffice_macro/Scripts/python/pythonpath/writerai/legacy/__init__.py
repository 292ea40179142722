# Legacy code from the 0.x "WatsonWriter" macro set. Kept until the Calc templates that
# reference it are migrated (see issue #58). Do not add new code here.
