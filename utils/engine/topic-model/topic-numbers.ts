/**
 * Numbers topics in order of first sight, remembering each one's category: the one numbering
 * every trainer gives a model's `topicIds`, `categoryIds` and `topicCategories`.
 */
export class TopicNumbers {
  private readonly numbers = new Map<string, number>();
  readonly topicIds: string[] = [];
  private readonly topicCategoryIds: string[] = [];

  numberOf(topic: string, category: string): number {
    let number = this.numbers.get(topic);
    if (number === undefined) {
      number = this.topicIds.length;
      this.numbers.set(topic, number);
      this.topicIds.push(topic);
      this.topicCategoryIds.push(category);
    }
    return number;
  }

  /** The model's topic and category columns. */
  columns(): { topicIds: string[]; categoryIds: string[]; topicCategories: Uint32Array } {
    const categoryIds = [...new Set(this.topicCategoryIds)];
    return {
      topicIds: [...this.topicIds],
      categoryIds,
      topicCategories: Uint32Array.from(this.topicCategoryIds, (category) => categoryIds.indexOf(category)),
    };
  }
}
