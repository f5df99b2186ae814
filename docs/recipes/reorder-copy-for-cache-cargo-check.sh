#!/usr/bin/env bash
# Replays, with a local cargo and no Docker, what reorder-copy-for-cache writes for `cargo build`:
#   COPY Cargo.toml ./
#   RUN mkdir -p src && echo 'fn main() {}' > src/main.rs [&& touch src/lib.rs] && cargo build [--release] \
#       && rm -rf src target/PROFILE/deps/hello_web-* target/PROFILE/deps/libhello_web-*
#   COPY . .
#   RUN cargo build [--release]
# The context's files get an old modification time, as a COPY keeps them: without the removal of the
# crate's artefacts cargo keeps the dummy binary (rust-lang/cargo#7181). Prints one line per variant:
#   with-rm ... real       the rewrite builds the real sources
#   without-rm ...         the pitfall: the dummy's empty main
# Usage: docs/recipes/reorder-copy-for-cache-cargo-check.sh   (needs cargo; works offline: no dependencies)
set -euo pipefail

replay() {
  local mode=$1 lib=$2 profile=$3
  local root ctx app flag=()
  root=$(mktemp -d)
  ctx=$root/ctx
  app=$root/app
  mkdir -p "$ctx/src" "$app"
  printf '[package]\nname = "hello-web"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n' > "$ctx/Cargo.toml"
  if [[ $lib == lib ]]; then
    printf 'pub fn greet() -> &'"'"'static str { "real" }\n' > "$ctx/src/lib.rs"
    printf 'fn main() { println!("{}", hello_web::greet()); }\n' > "$ctx/src/main.rs"
  else
    printf 'fn main() { println!("real"); }\n' > "$ctx/src/main.rs"
  fi
  find "$ctx" -exec touch -d '2020-01-01' {} +
  [[ $profile == release ]] && flag=(--release)
  (
    cd "$app"
    cp -p "$ctx/Cargo.toml" .
    mkdir -p src && echo 'fn main() {}' > src/main.rs
    if [[ $lib == lib ]]; then touch src/lib.rs; fi
    cargo build -q "${flag[@]}" --offline
    if [[ $mode == with-rm ]]; then
      rm -rf src target/"$profile"/deps/hello_web-* target/"$profile"/deps/libhello_web-*
    else
      rm -rf src
    fi
    cp -rp "$ctx/." .
    cargo build -q "${flag[@]}" --offline
    echo "$mode $lib $profile: $(./target/"$profile"/hello-web)"
  )
  rm -rf "$root"
}

# A workspace: crates/api (a binary) uses crates/core (a library) through a path dependency; the recipe
# copies each member's Cargo.toml and writes a dummy for each.
replay_workspace() {
  local mode=$1 root ctx app
  root=$(mktemp -d)
  ctx=$root/ctx
  app=$root/app
  mkdir -p "$ctx/crates/api/src" "$ctx/crates/core/src" "$app"
  printf '[workspace]\nmembers = ["crates/*"]\nresolver = "2"\n\n[workspace.dependencies]\nshop-core = { path = "crates/core" }\n' > "$ctx/Cargo.toml"
  printf '[package]\nname = "shop-api"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nshop-core.workspace = true\n' > "$ctx/crates/api/Cargo.toml"
  printf '[package]\nname = "shop-core"\nversion = "0.1.0"\nedition = "2021"\n' > "$ctx/crates/core/Cargo.toml"
  printf 'pub fn f() -> &'"'"'static str { "real" }\n' > "$ctx/crates/core/src/lib.rs"
  printf 'fn main() { println!("{}", shop_core::f()); }\n' > "$ctx/crates/api/src/main.rs"
  find "$ctx" -exec touch -d '2020-01-01' {} +
  (
    cd "$app"
    mkdir -p crates/api crates/core
    cp -p "$ctx/Cargo.toml" .
    cp -p "$ctx/crates/api/Cargo.toml" crates/api/
    cp -p "$ctx/crates/core/Cargo.toml" crates/core/
    mkdir -p crates/api/src crates/core/src && echo 'fn main() {}' > crates/api/src/main.rs && touch crates/core/src/lib.rs
    cargo build -q --release --offline
    if [[ $mode == with-rm ]]; then
      rm -rf crates/api/src crates/core/src target/release/deps/shop_api-* target/release/deps/libshop_api-* \
        target/release/deps/shop_core-* target/release/deps/libshop_core-*
    else
      rm -rf crates/api/src crates/core/src
    fi
    cp -rp "$ctx/." .
    cargo build -q --release --offline
    echo "$mode workspace release: $(./target/release/shop-api)"
  )
  rm -rf "$root"
}

for mode in with-rm without-rm; do
  for lib in bin lib; do
    for profile in release debug; do
      replay "$mode" "$lib" "$profile"
    done
  done
done
for mode in with-rm without-rm; do
  replay_workspace "$mode"
done
