# shellcheck shell=bash
# Matrix end-to-end tests: install matrix-synapse into its OWN virtualenv (never the project's) and
# export SYNAPSE_BIN_DIR so tests/synapse_fixture.py finds `python -m synapse.app.homeserver` and
# `register_new_matrix_user`. Source it from .ci/run:   . .ci/install-synapse.sh
# SYNAPSE_VENV overrides the location (default .ci/synapse-venv, reused when already installed).
SYNAPSE_VENV="${SYNAPSE_VENV:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/synapse-venv}"
if [ ! -x "$SYNAPSE_VENV/bin/register_new_matrix_user" ]; then
    echo "installing matrix-synapse into $SYNAPSE_VENV"
    "${PYTHON:-python3}" -m venv "$SYNAPSE_VENV"
    "$SYNAPSE_VENV/bin/pip" install --quiet matrix-synapse
fi
export SYNAPSE_BIN_DIR="$SYNAPSE_VENV/bin"
