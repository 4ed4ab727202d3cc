# Shared by the bin/bench-* scripts (sourced, not run).

# sign_in JAR USERNAME [BASE]: signs in through the real sign-in form, as a browser does, keeping the session's
# cookies in JAR. The form carries the page's view state and its script nonce (PrimeFaces refuses a form without
# it as forged). Fails when the sign-in did not take.
sign_in() {
  local jar=$1 user=$2 base=${3:-$BASE} page state nonce
  page=$(curl -s -c "$jar" "$base/login.xhtml")
  state=$(echo "$page" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | sed 's/.*value="//;s/"$//')
  nonce=$(echo "$page" | grep -o 'name="primefaces.nonce" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -s -b "$jar" -c "$jar" -o /dev/null "$base/login.xhtml" --data-urlencode "signIn=signIn" \
    --data-urlencode "signIn:username=$user" --data-urlencode "signIn:password=Northdale-Demo-2026" \
    --data-urlencode "signIn:submit=Sign in" --data-urlencode "primefaces.nonce=$nonce" \
    --data-urlencode "jakarta.faces.ViewState=$state"
  curl -s -b "$jar" "$base/home.xhtml" | grep -q 'id="signedInAs"' || { echo "signing in as $user failed" >&2; return 1; }
}

# stats: median and 95th percentile of the milliseconds read one per line.
stats() { sort -n | awk '{v[NR]=$1} END {printf "median %6.1f ms   p95 %6.1f ms   (n=%d)\n", v[int(NR*0.5)+1], v[int(NR*0.95)], NR}'; }
