// =====================================================================================
// Migration 0002 (issue 12): a graph seeded before holds the July 2007 agreement as one
// statement with both speakers; seeds/05-… now states it as one statement per speaker linked
// by JOINT_WITH (docs/graph-model.md, "Joint acts"). The old node would otherwise stay and
// keep Crocker among Iran's speakers. One node: no batching needed.
// =====================================================================================

MATCH (old:Statement {id: "statement:crocker-and-kazemi-qomi-agree-to-set-up-security-subcommittee"})
DETACH DELETE old;
