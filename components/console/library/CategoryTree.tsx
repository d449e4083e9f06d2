import { useState } from 'react';
import { Badge, Button, Typography } from 'antd';
import type { TreeCategoryNode, TreeNodeKey } from '../../../utils/library-view/library-tree';
import { useI18n } from '../../console/use-console-i18n';

const sameNode = (a: TreeNodeKey | null, b: TreeNodeKey | null): boolean =>
  a === b || (a !== null && b !== null && a.category === b.category && a.topic === b.topic);

/**
 * 分类 › 子类 on the left of the library page, as in the seller back offices: counts, the packs a
 * category comes from and its locked phrases. Every node is a real button (Tab reaches it,
 * Enter or Space chooses it); choosing one filters the table.
 */
export function CategoryTree({
  nodes,
  total,
  selected,
  packName,
  onSelect,
}: {
  nodes: readonly TreeCategoryNode[];
  total: number;
  selected: TreeNodeKey | null;
  packName: (packId: string) => string;
  onSelect: (node: TreeNodeKey | null) => void;
}) {
  const { t } = useI18n();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const isOpen = (id: string) => expanded.has(id) || selected?.category === id;
  const toggle = (id: string) =>
    setExpanded((previous) => {
      const next = new Set(previous);
      if (isOpen(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <nav className="hs-library-tree" aria-label={t('console.library.tree.label')} data-testid="library-tree">
      <Button
        type={selected === null ? 'primary' : 'text'}
        block
        className="hs-library-tree__node"
        aria-pressed={selected === null}
        data-testid="library-tree-all"
        onClick={() => onSelect(null)}
      >
        <span>{t('console.library.tree.all')}</span>
        <Badge count={total} overflowCount={99_999} showZero color="#8c8c8c" />
      </Button>
      <ul className="hs-library-tree__list">
        {nodes.map((category) => {
          const open = isOpen(category.id);
          return (
            <li key={category.id}>
              <div className="hs-library-tree__row">
                <Button
                  type="text"
                  size="small"
                  className="hs-library-tree__toggle"
                  aria-expanded={open}
                  aria-label={t(open ? 'console.library.tree.collapse' : 'console.library.tree.expand', { name: category.label })}
                  onClick={() => toggle(category.id)}
                >
                  {open ? '▾' : '▸'}
                </Button>
                <Button
                  type={sameNode(selected, { category: category.id }) ? 'primary' : 'text'}
                  className="hs-library-tree__node"
                  aria-pressed={sameNode(selected, { category: category.id })}
                  data-testid="library-tree-node"
                  data-node={category.id}
                  onClick={() => onSelect({ category: category.id })}
                >
                  <span>
                    {category.label}
                    {category.locked > 0 && <span className="hs-library-tree__locked"> · {t('console.library.tree.locked', { count: category.locked })}</span>}
                  </span>
                  <Badge count={category.count} overflowCount={99_999} showZero color="#8c8c8c" />
                </Button>
              </div>
              <Typography.Text type="secondary" className="hs-library-tree__packs">
                {t('console.library.tree.from', { packs: category.packIds.map(packName).join('、') })}
              </Typography.Text>
              {open && (
                <ul className="hs-library-tree__topics">
                  {category.topics.map((topic) => {
                    const key = { category: category.id, topic: topic.id };
                    const chosen = sameNode(selected, key);
                    return (
                      <li key={topic.id}>
                        <Button
                          type={chosen ? 'primary' : 'text'}
                          className="hs-library-tree__node"
                          aria-pressed={chosen}
                          data-testid="library-tree-node"
                          data-node={`${category.id}/${topic.id}`}
                          onClick={() => onSelect(key)}
                        >
                          <span>
                            {topic.label}
                            {topic.locked > 0 && <span className="hs-library-tree__locked"> · {t('console.library.tree.locked', { count: topic.locked })}</span>}
                          </span>
                          <Badge count={topic.count} overflowCount={99_999} showZero color="#bfbfbf" />
                        </Button>
                      </li>
                    );
                  })}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
