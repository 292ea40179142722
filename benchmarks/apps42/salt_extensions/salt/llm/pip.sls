saltext_llm:
  pip.installed:
    - name: /srv/salt-llm-extensions/lib
    - bin_env: /opt/saltstack/salt/bin/pip3
