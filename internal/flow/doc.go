// Package flow is statuslint's intraprocedural forward dataflow engine over
// go/cfg control-flow graphs. The client chooses the lattice and the
// transfer functions (Analysis); the engine iterates them to a fixpoint,
// so loops are handled, and then replays the fixed states once so that the
// client reports from them.
//
// What the engine does for every client:
//
//   - Calls are applied in evaluation order within a node (a call after
//     its arguments); the bodies of function literals are not part of the
//     node that contains them.
//   - Branches: the last node of a block with two successors that is a
//     condition (if, for, a switch case) is handed to the client on each
//     edge (Analysis.Branch), which may refine the state or cut the edge.
//     A case expression comes with its switch statement.
//   - Deferred calls are registered where the defer statement runs (its
//     arguments are evaluated there) and applied, latest first, at every
//     exit that returns; not at a panic or at a call that never returns.
//   - Local closures: a call of a function literal, directly or through a
//     local variable that is assigned that literal once and never changed
//     (Vars), is followed into the literal's body, from the caller's state;
//     the state after the call is the one at the literal's returns.
//
// # Bound
//
// Each block is visited at most MaxVisits times per solve (a lattice of
// finite height converges well before in practice: once per block plus
// once per loop back edge that changes the state); past that bound the
// result is marked incomplete and clients report nothing for the
// function. Closures are followed MaxDepth calls deep; deeper calls are
// applied as ordinary calls. At most 64 defer statements per function are
// followed. So a solve costs at most MaxVisits × (the function's nodes) ×
// (its closures' nodes, MaxDepth deep) transfers; in practice it is
// linear in the function.
//
// Vars tells, for the variables of a function, which are reassigned,
// have their address taken or are assigned inside a function literal:
// the variables whose values the passes cannot follow.
package flow
