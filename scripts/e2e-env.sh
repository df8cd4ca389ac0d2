# Shared constants of the end-to-end tooling (sourced by scripts/e2e-*.sh; paths relative to the repo root).
E2E_TOOLS=${E2E_TOOLS:-$PWD/.tools}
E2E_NODE24_VERSION=24.21.0
E2E_NODE24=$E2E_TOOLS/node24
E2E_CODE_SERVER_VERSION=4.139.1
E2E_CS_DIR=$E2E_TOOLS/code-server
E2E_CODE_SERVER=$E2E_CS_DIR/node_modules/.bin/code-server
