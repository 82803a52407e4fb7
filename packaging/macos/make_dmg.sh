#!/usr/bin/env bash
# Wraps dist/AssistDesk.app into a compressed, drag-to-Applications disk image.
#
#   packaging/macos/make_dmg.sh VERSION
#
# Signing and notarisation run only when the CI secrets are present (see
# packaging/macos/SIGNING.md); without them the image is built unsigned for testing.
set -euo pipefail
cd "$(dirname "$0")/../.."
version="${1:?usage: make_dmg.sh VERSION}"
app="dist/AssistDesk.app"
dmg="dist/AssistDesk-${version}-macos.dmg"
[ -d "$app" ] || { echo "missing $app: run pyinstaller build.spec first" >&2; exit 1; }

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  codesign --force --deep --options runtime --timestamp \
    --entitlements packaging/macos/entitlements.plist \
    --sign "$MACOS_SIGN_IDENTITY" "$app"
  codesign --verify --deep --strict --verbose=2 "$app"
fi

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "AssistDesk ${version}" -srcfolder "$staging" -ov -format UDZO "$dmg"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"
fi
if [ -n "${MACOS_NOTARY_KEY_ID:-}" ] && [ -n "${MACOS_NOTARY_ISSUER:-}" ] && [ -n "${MACOS_NOTARY_KEY_PATH:-}" ]; then
  xcrun notarytool submit "$dmg" --key "$MACOS_NOTARY_KEY_PATH" \
    --key-id "$MACOS_NOTARY_KEY_ID" --issuer "$MACOS_NOTARY_ISSUER" --wait
  xcrun stapler staple "$dmg"
fi
echo "$dmg"
