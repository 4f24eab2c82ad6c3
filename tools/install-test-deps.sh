#!/usr/bin/env bash
# Installs what the browser test needs when it is missing: Debian's chromium and chromium-driver,
# and CJK fonts for readable screenshots. Used by `./nianbao test` and by .ci/run.
# Exit 0 when both programs are there afterwards, 1 otherwise (with a one-line reason).
set -u

have_browser() { [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@";
  elif command -v sudo >/dev/null 2>&1; then sudo -n "$@";
  else return 1; fi
}

if have_browser && fc-list 2>/dev/null | grep -qi cjk; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  have_browser && exit 0
  echo "install-test-deps: no apt-get here: install chromium and chromedriver at /usr/bin, then run the tests again" >&2
  exit 1
fi
echo "install-test-deps: installing chromium, chromium-driver and CJK fonts with apt-get ..." >&2
export DEBIAN_FRONTEND=noninteractive
as_root apt-get update -qq >/dev/null 2>&1 || true
if ! have_browser; then
  as_root apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null 2>&1 || true
fi
as_root apt-get install -y -qq --no-install-recommends fonts-noto-cjk >/dev/null 2>&1 || true
if have_browser; then
  exit 0
fi
echo "install-test-deps: could not install chromium and chromium-driver (need root or passwordless sudo)" >&2
exit 1
