// The elements of index.html that the page's code reads or changes, found
// once; everything the diagram draws goes inside #heads-svg and #diagram.

const $ = (id) => document.getElementById(id);

export const view = $('view');
export const diagram = $('diagram');
export const heads = $('heads-svg');
export const statusEl = $('status');
export const droppedEl = $('dropped');
export const pauseBtn = $('pause');
export const bufferedEl = $('buffered');
export const clearBtn = $('clear');
export const showSystemBox = $('show-system');
export const showReceiveBox = $('show-receive');
export const jumpBtn = $('jump');
export const emptyEl = $('empty');
export const forgottenEl = $('forgotten');
export const presentBtn = $('present');
export const detailsEl = $('details');
export const detailsText = $('details-text');
export const detailsClose = $('details-close');
export const downloadBtn = $('download');
export const playerEl = $('player');
export const playBtn = $('play');
export const restartBtn = $('restart');
export const speedSel = $('speed');
export const progressEl = $('progress');
export const showWireBox = $('show-wire');
export const lessonEl = $('lesson');
export const actProc = $('act-proc');
export const actNode = $('act-node');
export const actReason = $('act-reason');
export const actMs = $('act-ms');
export const answerEl = $('answer');
export const lessonToggle = $('lesson-toggle');
