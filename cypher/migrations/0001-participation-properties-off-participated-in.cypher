// =====================================================================================
// Migration 0001 (issue 12): PARTICIPATED_IN used to carry `role` and `representing` (an id
// string); both now live on a Participation node (docs/graph-model.md, "Who represented whom").
// On a graph seeded before, the old properties stay beside the new nodes unless removed.
// Touches every PARTICIPATED_IN edge, so it runs in batches.
// =====================================================================================

MATCH ()-[r:PARTICIPATED_IN]->()
WHERE r.role IS NOT NULL OR r.representing IS NOT NULL
CALL (r) {
  REMOVE r.role, r.representing
} IN TRANSACTIONS OF 1000 ROWS;
