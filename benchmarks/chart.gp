# Latency distributions per scenario, one panel each (benchmarks/run.sh writes the data files).
#   gnuplot -e "dir='…'; out='….png'; s2titles='a|b|…'; s3sizes='100000|…'" chart.gp
# Distribution panels put percentile p at x = -log10(1 - p/100): 50, 90, 99 and 99.9 evenly spaced.

set terminal pngcairo size 1600,1100 font "sans,10"
set output out
set multiplot layout 2,2 title "MSCU benchmarks — latency (medians over rounds)" font "sans,13"

has(file) = system("test -s '".file."' && echo 1 || echo 0") + 0
field(list, i) = system("echo '".list."' | cut -d'|' -f".i)
count(list) = words(system("echo '".list."' | tr '|' ' '"))
notrun = "unset xtics; set label 9 'not run' at graph 0.5, graph 0.5 center; unset logscale y; set yrange [0:1]; " \
       . "plot NaN notitle; unset label 9; set yrange [*:*]"

set grid
set ylabel "latency (ms)"
set key top left
set style data linespoints
set xlabel "percentile"
set xtics ("0" 0, "50" log10(2), "90" 1, "99" 2, "99.9" 3, "99.99" 4)

set xtics ("0" 0, "50" log10(2), "90" 1, "99" 2, "99.9" 3, "99.99" 4)
set title "1. GET a referral at equal offered load (open loop)"
if (has(dir."/s1.dat")) {
  set logscale y
  plot dir."/s1.dat" using 1:2 title "direct", "" using 1:3 title "nginx", "" using 1:4 title "gateway"
} else { eval notrun }

set xtics ("0" 0, "50" log10(2), "90" 1, "99" 2, "99.9" 3, "99.99" 4)
set title "2. POST a referral at fixed offered rates (open loop)"
if (has(dir."/s2.dat")) {
  set logscale y
  plot for [i=1:count(s2titles)] dir."/s2.dat" using 1:(column(i+1)) title field(s2titles, i)
} else { eval notrun }

set title "3. List referrals, one request at a time: p50 and p99"
unset logscale y
set style data histograms
set style histogram clustered gap 1
set style fill solid 0.8 border -1
set xtics rotate by -35 autojustify
set xtics auto
set xlabel ""
if (has(dir."/s3.dat")) {
  # The target as a plotted line (not an arrow), so that the y range always reaches it.
  set key top left opaque
  set offsets 0, 0, graph 0.1, 0
  plot for [i=1:count(s3sizes)] dir."/s3.dat" using (column(2*i)):xtic(1) title "p50, ".field(s3sizes, i)." referrals", \
       for [i=1:count(s3sizes)] dir."/s3.dat" using (column(2*i+1)) title "p99, ".field(s3sizes, i)." referrals", \
       50 with lines dashtype 2 linecolor rgb "red" title "target: p99 ≤ 50 ms at 1,000,000"
  set key top left noopaque
  unset offsets
} else { eval notrun }

set title "4. Contention: placements on 5 beds, assignments to 10 officers (closed loop)"
set style data linespoints
set xtics norotate ("50" log10(2), "90" 1, "99" 2, "99.9" 3)
set xlabel "percentile"
if (has(dir."/s4.dat")) {
  set logscale y
  plot dir."/s4.dat" using 1:2 title "placements", "" using 1:3 title "liaison assignments"
} else { eval notrun }

unset multiplot
