/**
 * Who meets: two to six parties (countries, sometimes an international body or a joint
 * committee), each with the people attending for it, drawn by Zipf within the party so that
 * its most senior officials dominate.
 */
import { cumulativeWeights, type Random, Zipf } from "./random.ts";
import {
  type CountryNode,
  itemAt,
  type OrganizationNode,
  type PersonNode,
  type World,
} from "./world.ts";

/** One party to a meeting: a country or a body, with the people attending for it. */
export interface Side {
  actor: CountryNode | OrganizationNode;
  country: CountryNode | undefined;
  people: PersonNode[];
}

const SIDE_COUNTS = cumulativeWeights([0, 0, 0.8, 0.14, 0.04, 0.02]);
const PEOPLE_PER_SIDE = cumulativeWeights([0, 0.75, 0.2, 0.05]);

export class Parties {
  /** Each actor's distribution over its people, rebuilt when it has more people. */
  private readonly peopleZipfs = new Map<CountryNode | OrganizationNode, Zipf>();
  private readonly world: World;
  private readonly random: Random;

  constructor(world: World, random: Random) {
    this.world = world;
    this.random = random;
  }

  /** Two to six parties; the IRN–USA pair is boosted so it has many meetings. */
  draw(): Side[] {
    const { random, world } = this;
    const count = random.weighted(SIDE_COUNTS);
    const actors = new Set<CountryNode | OrganizationNode>();
    if (random.chance(0.025)) {
      actors.add(itemAt(world.countries, 0));
      actors.add(itemAt(world.countries, 1));
    }
    while (actors.size < count) {
      if (actors.size >= 2 && random.chance(0.25)) {
        actors.add(
          random.chance(0.8)
            ? itemAt(world.internationalBodies, random.int(0, 4))
            : random.pick(world.jointBodies),
        );
      } else if (actors.size === 1 && random.chance(0.04)) {
        actors.add(random.pick(world.internationalBodies));
      } else {
        actors.add(itemAt(world.countries, world.countryZipf.draw(random)));
      }
    }
    return [...actors].map((actor) => this.side(actor));
  }

  /** The same parties, some of them with other people this time. */
  redraw(sides: Side[]): Side[] {
    return sides.map((side) => (this.random.chance(0.7) ? side : this.side(side.actor)));
  }

  private side(actor: CountryNode | OrganizationNode): Side {
    const country = "code" in actor ? actor : undefined;
    return { actor, country, people: this.drawPeople(actor) };
  }

  private drawPeople(actor: CountryNode | OrganizationNode): PersonNode[] {
    const { random } = this;
    if (actor.people.length === 0 || random.chance(0.12)) return [];
    let zipf = this.peopleZipfs.get(actor);
    if (!zipf || zipf.size !== actor.people.length) {
      zipf = new Zipf(actor.people.length, 1.1);
      this.peopleZipfs.set(actor, zipf);
    }
    const wanted = Math.min(actor.people.length, random.weighted(PEOPLE_PER_SIDE));
    const chosen = new Set<PersonNode>();
    for (let attempt = 0; chosen.size < wanted && attempt < wanted * 4; attempt++) {
      chosen.add(itemAt(actor.people, zipf.draw(random)));
    }
    return [...chosen];
  }
}
