import type { Random } from '../random';
import type { Canvas, PhotoScene, Rgb } from '../photos';

// What each seed photo shows, drawn with a handful of shapes: enough for a thumbnail to
// read as "a container site", "a snowy yard" or "a pothole" in the workstation's gallery.
// `clean` draws the same place after the work: bins without bags, a roof without icicles.

const shade = (color: Rgb, by: number): Rgb => [
  Math.max(0, Math.min(255, color[0] + by)),
  Math.max(0, Math.min(255, color[1] + by)),
  Math.max(0, Math.min(255, color[2] + by)),
];

const SKY_GREY: Rgb = [176, 184, 194];
const SKY_BLUE: Rgb = [120, 170, 225];
const ASPHALT: Rgb = [92, 94, 98];
const PANEL: Rgb = [205, 200, 188];
const SNOW: Rgb = [236, 240, 246];

/** A panel block of flats in the background: the most Moscow thing in any yard photo. */
function building(canvas: Canvas, rng: Random, top: number, bottom: number): void {
  const left = rng.int(-20, 40);
  const right = canvas.width - rng.int(-20, 40);
  const wall = shade(PANEL, rng.int(-25, 15));
  canvas.rect(left, top, right - left, bottom - top, wall);
  const windowColor: Rgb = [70, 82, 96];
  for (let y = top + 8; y < bottom - 10; y += 16) {
    for (let x = left + 8; x < right - 12; x += 20) {
      canvas.rect(x, y, 10, 9, rng.chance(0.12) ? [230, 214, 150] : windowColor);
    }
  }
}

function bags(canvas: Canvas, rng: Random, count: number, yFrom: number, yTo: number): void {
  const colours: Rgb[] = [
    [30, 30, 34],
    [225, 225, 220],
    [60, 90, 160],
    [140, 110, 70],
    [180, 60, 50],
  ];
  for (let i = 0; i < count; i += 1) {
    canvas.ellipse(
      rng.range(10, canvas.width - 10),
      rng.range(yFrom, yTo),
      rng.range(6, 16),
      rng.range(5, 11),
      rng.pick(colours),
    );
  }
}

export type SceneDrawer = (canvas: Canvas, rng: Random, clean: boolean) => void;

export const sceneDrawers: Record<PhotoScene, SceneDrawer> = {
  rubbish(canvas, rng, clean) {
    const horizon = canvas.height * 0.45;
    canvas.gradient(0, horizon * 0.5, SKY_GREY, shade(SKY_GREY, 20));
    building(canvas, rng, horizon * 0.25, horizon);
    canvas.gradient(horizon, canvas.height, shade(ASPHALT, 20), ASPHALT);
    const bins = rng.int(2, 4);
    const binW = canvas.width / (bins + 2);
    for (let i = 0; i < bins; i += 1) {
      const x = binW * (i + 0.8);
      const colour: Rgb = rng.pick([
        [40, 100, 60],
        [50, 70, 130],
        [120, 120, 124],
      ]);
      canvas.rect(x, horizon + 20, binW * 0.85, canvas.height * 0.3, colour);
      canvas.rect(x - 2, horizon + 14, binW * 0.85 + 4, 8, shade(colour, -30));
    }
    bags(canvas, rng, clean ? 2 : rng.int(18, 30), horizon + 10, canvas.height - 8);
  },
  snow(canvas, rng, clean) {
    const horizon = canvas.height * 0.42;
    canvas.gradient(0, horizon, [150, 156, 168], [196, 200, 208]);
    building(canvas, rng, horizon * 0.3, horizon);
    canvas.gradient(horizon, canvas.height, SNOW, [206, 214, 228]);
    if (clean) {
      canvas.rect(
        canvas.width * 0.3,
        horizon,
        canvas.width * 0.35,
        canvas.height - horizon,
        shade(ASPHALT, 30),
      );
    } else {
      for (let i = 0; i < rng.int(4, 7); i += 1) {
        canvas.ellipse(
          rng.range(0, canvas.width),
          rng.range(horizon + 20, canvas.height),
          rng.range(30, 70),
          rng.range(14, 30),
          shade(SNOW, -rng.int(5, 30)),
        );
      }
      bags(canvas, rng, 3, horizon + 30, canvas.height - 10);
    }
  },
  icicles(canvas, rng, clean) {
    const eave = canvas.height * 0.3;
    canvas.gradient(0, eave, SKY_GREY, [200, 205, 212]);
    canvas.rect(0, eave - 10, canvas.width, 12, [110, 60, 50]);
    building(canvas, rng, eave + 2, canvas.height);
    if (!clean) {
      canvas.rect(0, eave - 22, canvas.width, 12, SNOW);
      for (let x = 4; x < canvas.width; x += rng.int(8, 18)) {
        canvas.triangle(x, eave, x + 8, eave, x + 4, eave + rng.range(20, 80), [220, 232, 245]);
      }
    }
  },
  asphalt(canvas, rng, clean) {
    canvas.gradient(0, canvas.height, shade(ASPHALT, 25), shade(ASPHALT, -10));
    canvas.rect(0, canvas.height * 0.1, canvas.width, 6, [210, 210, 200]);
    if (clean) {
      canvas.rect(
        canvas.width * 0.2,
        canvas.height * 0.4,
        canvas.width * 0.5,
        canvas.height * 0.3,
        [55, 56, 60],
      );
    } else {
      for (let i = 0; i < rng.int(2, 4); i += 1) {
        const cx = rng.range(40, canvas.width - 40);
        const cy = rng.range(canvas.height * 0.3, canvas.height - 30);
        const rx = rng.range(20, 50);
        canvas.ellipse(cx, cy, rx + 5, rx * 0.45 + 4, shade(ASPHALT, 35));
        canvas.ellipse(cx, cy, rx, rx * 0.45, [70, 78, 88]);
        canvas.ellipse(cx + 4, cy + 2, rx * 0.6, rx * 0.25, [120, 130, 145]);
      }
    }
  },
  lawn(canvas, rng, clean) {
    const horizon = canvas.height * 0.35;
    canvas.gradient(0, horizon, SKY_BLUE, [190, 215, 240]);
    building(canvas, rng, horizon * 0.2, horizon);
    canvas.gradient(horizon, canvas.height, [95, 150, 60], [70, 120, 45]);
    if (clean) {
      for (let x = 0; x < canvas.width; x += 40)
        canvas.rect(x, horizon, 20, canvas.height - horizon, [105, 160, 70]);
    } else {
      for (let i = 0; i < 260; i += 1) {
        const x = rng.range(0, canvas.width);
        const y = rng.range(horizon + 10, canvas.height);
        const tone: Rgb = rng.chance(0.3) ? [170, 160, 80] : [60, 110 + rng.int(0, 40), 40];
        canvas.line(x, y, x + rng.range(-4, 4), y - rng.range(12, 34), 1, tone);
      }
    }
  },
  tree(canvas, rng, clean) {
    const horizon = canvas.height * 0.65;
    canvas.gradient(0, horizon, SKY_BLUE, [200, 220, 240]);
    canvas.gradient(horizon, canvas.height, [110, 140, 70], [90, 110, 60]);
    const trunk: Rgb = [96, 72, 52];
    const x = canvas.width * rng.range(0.3, 0.6);
    if (clean) {
      canvas.ellipse(x, horizon + 10, 16, 7, [150, 120, 90]);
    } else if (rng.chance(0.5)) {
      canvas.line(x - 90, horizon + 20, x + 80, horizon + 5, 12, trunk);
      for (let i = 0; i < 6; i += 1)
        canvas.ellipse(x + 80 + rng.range(-20, 20), horizon, 22, 16, [80, 120, 50]);
    } else {
      canvas.rect(x - 7, horizon - 120, 14, 130, [120, 110, 100]);
      for (let i = 0; i < 5; i += 1) {
        const y = horizon - rng.range(50, 115);
        canvas.line(x, y, x + rng.range(-50, 50), y - rng.range(10, 35), 3, [120, 110, 100]);
      }
    }
  },
  stairwell(canvas, rng, clean) {
    const dado = canvas.height * 0.55;
    canvas.rect(0, 0, canvas.width, dado, [228, 226, 214]);
    canvas.rect(
      0,
      dado,
      canvas.width,
      canvas.height * 0.3,
      rng.pick<Rgb>([
        [80, 130, 110],
        [90, 120, 160],
        [150, 120, 90],
      ]),
    );
    canvas.rect(0, canvas.height * 0.85, canvas.width, canvas.height * 0.15, [150, 100, 80]);
    for (let i = 0; i < 5; i += 1) {
      const y = canvas.height * 0.6 + i * 12;
      canvas.rect(canvas.width * 0.55 + i * 10, y, canvas.width * 0.45, 4, [170, 166, 160]);
    }
    if (!clean) {
      for (let i = 0; i < rng.int(4, 9); i += 1) {
        canvas.ellipse(
          rng.range(0, canvas.width),
          rng.range(dado - 40, canvas.height),
          rng.range(4, 18),
          rng.range(3, 10),
          [70, 60, 50],
        );
      }
      bags(canvas, rng, rng.int(2, 5), canvas.height * 0.88, canvas.height - 4);
    }
  },
  lift(canvas, rng, clean) {
    canvas.rect(0, 0, canvas.width, canvas.height, [200, 196, 186]);
    const doorW = canvas.width * 0.5;
    const left = (canvas.width - doorW) / 2;
    canvas.rect(left - 8, canvas.height * 0.12, doorW + 16, canvas.height * 0.88, [120, 120, 125]);
    canvas.rect(left, canvas.height * 0.15, doorW / 2 - 1, canvas.height * 0.85, [170, 172, 178]);
    canvas.rect(
      left + doorW / 2 + 1,
      canvas.height * 0.15,
      doorW / 2 - 1,
      canvas.height * 0.85,
      [165, 168, 174],
    );
    canvas.rect(left + doorW + 20, canvas.height * 0.5, 12, 20, [60, 60, 64]);
    canvas.ellipse(left + doorW + 26, canvas.height * 0.5 + 10, 3, 3, clean ? [250, 220, 80] : [80, 80, 80]);
    if (!clean)
      canvas.rect(
        left + doorW * 0.2,
        canvas.height * 0.35,
        doorW * 0.6,
        canvas.height * 0.2,
        [250, 250, 245],
      );
    if (!clean && rng.chance(0.5))
      canvas.rect(left + doorW / 2 - 4, canvas.height * 0.15, 8, canvas.height * 0.85, [20, 20, 22]);
  },
  ceiling(canvas, rng, clean) {
    canvas.gradient(0, canvas.height, [238, 236, 230], [210, 206, 198]);
    canvas.rect(0, canvas.height * 0.8, canvas.width, 4, [180, 176, 168]);
    const cx = rng.range(80, canvas.width - 80);
    const cy = rng.range(60, canvas.height - 90);
    if (clean) {
      canvas.rect(cx - 60, cy - 40, 120, 80, [244, 243, 240]);
    } else {
      for (let ring = 4; ring >= 1; ring -= 1) {
        canvas.ellipse(cx, cy, 18 * ring + rng.range(0, 10), 12 * ring, [
          200 - ring * 12,
          170 - ring * 14,
          120 - ring * 10,
        ]);
      }
      canvas.ellipse(cx + 10, cy + 30, 3, 6, [150, 120, 80]);
    }
  },
  basement(canvas, rng, clean) {
    canvas.gradient(0, canvas.height, [70, 68, 64], [40, 38, 36]);
    for (let i = 0; i < 3; i += 1) canvas.rect(0, 30 + i * 26, canvas.width, 9, [120, 110, 96]);
    canvas.rect(canvas.width * 0.7, 0, 10, canvas.height, [110, 104, 96]);
    if (!clean) {
      canvas.gradient(canvas.height * 0.6, canvas.height, [90, 100, 96], [60, 70, 70]);
      for (let i = 0; i < 6; i += 1)
        canvas.rect(
          rng.range(0, canvas.width),
          rng.range(canvas.height * 0.62, canvas.height),
          rng.range(20, 60),
          2,
          [130, 140, 140],
        );
    } else {
      canvas.rect(0, canvas.height * 0.7, canvas.width, canvas.height * 0.3, [110, 108, 104]);
    }
  },
  playground(canvas, rng, clean) {
    const horizon = canvas.height * 0.45;
    canvas.gradient(0, horizon, SKY_BLUE, [200, 220, 240]);
    building(canvas, rng, horizon * 0.3, horizon);
    canvas.gradient(horizon, canvas.height, [214, 190, 140], [190, 166, 120]);
    const slideX = rng.range(30, 90);
    canvas.rect(slideX, horizon - 10, 40, 50, [230, 80, 60]);
    canvas.triangle(
      slideX + 40,
      horizon - 10,
      slideX + 40,
      horizon + 12,
      slideX + 110,
      horizon + 70,
      [250, 200, 50],
    );
    const swingX = canvas.width * 0.62;
    canvas.line(swingX, horizon + 60, swingX + 20, horizon - 20, 4, [60, 110, 190]);
    canvas.line(swingX + 100, horizon + 60, swingX + 80, horizon - 20, 4, [60, 110, 190]);
    canvas.line(swingX + 20, horizon - 20, swingX + 80, horizon - 20, 4, [60, 110, 190]);
    if (clean) {
      canvas.line(swingX + 40, horizon - 20, swingX + 40, horizon + 30, 1, [40, 40, 40]);
      canvas.line(swingX + 60, horizon - 20, swingX + 60, horizon + 30, 1, [40, 40, 40]);
      canvas.rect(swingX + 36, horizon + 30, 28, 6, [200, 60, 50]);
    } else {
      canvas.line(swingX + 40, horizon - 20, swingX + 40, horizon + 30, 1, [40, 40, 40]);
      canvas.line(swingX + 30, horizon + 62, swingX + 58, horizon + 52, 5, [200, 60, 50]);
      bags(canvas, rng, 4, horizon + 30, canvas.height - 6);
    }
  },
  facade(canvas, rng, clean) {
    const wall = shade(PANEL, rng.int(-20, 10));
    canvas.rect(0, 0, canvas.width, canvas.height, wall);
    for (let y = 0; y < canvas.height; y += 40) canvas.rect(0, y, canvas.width, 2, shade(wall, -30));
    for (let x = 0; x < canvas.width; x += 64) canvas.rect(x, 0, 2, canvas.height, shade(wall, -30));
    for (let y = 12; y < canvas.height; y += 40)
      for (let x = 18; x < canvas.width; x += 64) canvas.rect(x, y, 26, 20, [70, 82, 96]);
    const px = 64 * rng.int(0, 3);
    const py = 40 * rng.int(1, 4);
    if (clean) {
      canvas.rect(px + 2, py + 2, 62, 38, shade(wall, 15));
    } else {
      canvas.rect(px + 2, py + 2, 62, 38, [120, 116, 110]);
      canvas.line(px + 10, py + 5, px + 50, py + 35, 2, [50, 48, 46]);
      canvas.line(px + 40, py + 3, px + 20, py + 38, 2, [50, 48, 46]);
    }
  },
  night(canvas, rng, clean) {
    canvas.gradient(0, canvas.height, [15, 20, 45], [35, 38, 50]);
    building(canvas, rng, canvas.height * 0.15, canvas.height * 0.7);
    canvas.gradient(canvas.height * 0.7, canvas.height, [40, 40, 44], [25, 25, 28]);
    const x = canvas.width * rng.range(0.3, 0.7);
    canvas.rect(x - 3, canvas.height * 0.25, 6, canvas.height * 0.75, [50, 50, 55]);
    canvas.rect(x - 3, canvas.height * 0.25, 30, 5, [50, 50, 55]);
    if (clean) {
      canvas.ellipse(x + 24, canvas.height * 0.27 + 10, 40, 30, [120, 110, 70]);
      canvas.ellipse(x + 24, canvas.height * 0.27 + 6, 10, 6, [255, 240, 170]);
      canvas.ellipse(x + 24, canvas.height * 0.85, 60, 14, [90, 85, 60]);
    } else {
      canvas.ellipse(x + 24, canvas.height * 0.27 + 6, 10, 6, [60, 60, 64]);
    }
  },
  car(canvas, rng, clean) {
    const horizon = canvas.height * 0.4;
    canvas.gradient(0, horizon, SKY_GREY, [200, 205, 212]);
    building(canvas, rng, horizon * 0.2, horizon);
    canvas.gradient(horizon, canvas.height, shade(ASPHALT, 25), ASPHALT);
    for (let x = 20; x < canvas.width; x += 90)
      canvas.line(x, canvas.height, x + 30, horizon + 20, 3, [220, 220, 210]);
    if (!clean) {
      const body: Rgb = rng.pick<Rgb>([
        [150, 40, 40],
        [200, 200, 196],
        [60, 70, 90],
        [110, 110, 100],
      ]);
      const cx = canvas.width * 0.5;
      const cy = canvas.height * 0.7;
      canvas.rect(cx - 80, cy - 25, 160, 40, body);
      canvas.rect(cx - 45, cy - 55, 95, 32, shade(body, -20));
      canvas.rect(cx - 38, cy - 50, 80, 22, [60, 70, 80]);
      canvas.ellipse(cx - 50, cy + 18, 16, 10, [20, 20, 20]);
      canvas.ellipse(cx + 50, cy + 18, 16, 10, [20, 20, 20]);
      for (let i = 0; i < 8; i += 1)
        canvas.ellipse(cx + rng.range(-75, 75), cy + rng.range(-20, 10), 6, 4, [140, 100, 60]);
    }
  },
};
