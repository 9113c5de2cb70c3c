/** A destruction batch (销毁登记, art. 23): drafted, approved before the destruction, done. */
export const BATCH_STATES = ['draft', 'approved', 'done'] as const;
export type BatchState = (typeof BATCH_STATES)[number];
export const BATCH_STATE_LABELS: Record<BatchState, string> = { draft: '拟销毁', approved: '已审批', done: '已销毁' };

// 方式: handed to the designated destruction institution, or shredded by the office itself.
export const DESTRUCTION_METHODS = ['institution', 'shred'] as const;
export type DestructionMethod = (typeof DESTRUCTION_METHODS)[number];
export const DESTRUCTION_METHOD_LABELS: Record<DestructionMethod, string> = { institution: '送销毁机构', shred: '自行粉碎' };

/** What an item is: a classified copy, a document of the incoming or outgoing register, or anything else written out. */
export const ITEM_KINDS = ['copy', 'incoming', 'outgoing', 'free'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
export const ITEM_KIND_LABELS: Record<ItemKind, string> = { copy: '密件', incoming: '收文', outgoing: '发文', free: '其他' };
